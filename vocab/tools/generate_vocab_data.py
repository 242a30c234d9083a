#!/usr/bin/env python3
"""Generates the vocab module's shipped data files from the copied reference files.

Inputs (all inside this repository):
  vocab/src/test/resources/reference/standard-datasets/   copies of the shared reference files
  vocab/tools/items.csv                                     curated data items (id, English name,
                                                            datatype, format constraints, example)
Outputs:
  vocab/src/main/resources/io/github/civicdata/vocab/data/items.json
  vocab/src/main/resources/io/github/civicdata/vocab/data/templates/<id>@<version>.json
  vocab/src/main/resources/io/github/civicdata/vocab/data/templates/index.txt

Run from the repository root:  python3 vocab/tools/generate_vocab_data.py
The output is deterministic; commit it. Tests (ShippedTemplatesTest) check the shipped templates
against the reference copies, so a hand edit that drifts from the reference fails the build.
"""
import csv
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # vocab/
REF = os.path.join(ROOT, 'src/test/resources/reference/standard-datasets')
OUT = os.path.join(ROOT, 'src/main/resources/io/github/civicdata/vocab/data')
IMI_NS = 'http://imi.go.jp/ns/core/rdf#'

LEGACY_IDS = {
    '01': ('aed', 'AED locations'),
    '02': ('care-service-office', 'Long-term care service offices'),
    '03': ('medical-institution', 'Medical institutions'),
    '04': ('cultural-property', 'Cultural properties'),
    '05': ('tourist-facility', 'Tourist facilities'),
    '06': ('event', 'Events'),
    '07': ('public-wifi', 'Public wireless LAN access points'),
    '08': ('public-toilet', 'Public toilets'),
    '09': ('fire-water-facility', 'Fire-fighting water sources'),
    '10': ('designated-emergency-evacuation-site', 'Designated emergency evacuation sites'),
    '11': ('population-by-area-and-age', 'Population by area and age'),
    '12': ('public-facility', 'Public facilities'),
    '13': ('childcare-facility', 'Childcare facilities'),
    '14': ('open-data-list', 'Open data catalogue'),
}
LEGACY_VERSION = '2021-suisho'
CURRENT_VERSION = '2026-08'
LEGACY_EDITION = '推奨データセット 基本編 (政府CIOポータル, 2019–2021)'
LEGACY_SOURCE = ('NEC-FIWARE/smart-data-models, cio/NN_*.model.yaml (commit 4ae28f2), '
                 'flattened as legacy-suisho-2021-items.csv; content from 政府CIOポータル 推奨データセット')
LEGACY_LICENCE = 'Extraction MIT © 2021 NEC Corporation; content 政府CIOポータル 推奨データセット'

# Same header, different concepts: which item a dataset's 種別 means.
SHUBETSU = {('legacy', '09'): 'fire-water-type', ('current', '14'): 'fire-water-type',
            ('legacy', '13'): 'childcare-facility-type'}

AGE_GROUPS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49',
              '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84']


def read_csv(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def curated_items():
    items = {}
    order = []
    for r in read_csv(os.path.join(ROOT, 'tools/items.csv')):
        name = r['name'].split('#')[0]
        item = {'id': r['id'], 'name': name}
        if r['aliases']:
            item['aliases'] = r['aliases'].split('|')
        item['nameEn'] = r['name_en']
        item['definition'] = r['definition']
        item['datatype'] = r['datatype']
        if r['format']:
            item['format'] = r['format']
        if r['pattern']:
            item['pattern'] = r['pattern']
        if r['enum']:
            item['enum'] = r['enum'].split('|')
        for k, j in (('minimum', 'minimum'), ('maximum', 'maximum')):
            if r[k]:
                item[j] = r[k]
        if r['max_length']:
            item['maxLength'] = int(r['max_length'])
        if r['separator']:
            item['separator'] = r['separator']
        if r['example']:
            item['example'] = r['example']
        items[r['id']] = item
        order.append(r['id'])
    # the 34 age-and-sex columns of 地域・年齢別人口 follow one pattern
    for g in AGE_GROUPS + ['85+']:
        for sex, sex_ja, sex_en in (('male', '男性', 'Male'), ('female', '女性', 'Female')):
            label = '85歳以上' if g == '85+' else g + '歳'
            name = label + 'の' + sex_ja
            gid = '85-plus' if g == '85+' else g
            en_age = 'aged 85 and over' if g == '85+' else 'aged ' + g
            iid = 'population-%s-%s' % (sex, gid)
            items[iid] = {'id': iid, 'name': name, 'nameEn': '%s population %s' % (sex_en, en_age),
                          'definition': label + 'の' + sex_ja + '人口。', 'datatype': 'INTEGER',
                          'minimum': '0', 'example': '35'}
            order.append(iid)
    return items, order


def by_name(items):
    m = {}
    for it in items.values():
        for n in [it['name']] + it.get('aliases', []):
            m.setdefault(n, []).append(it['id'])
    return m


def item_for(names, header, edition, number):
    if header == '種別':
        return SHUBETSU[(edition, number)]
    ids = names.get(header)
    if not ids or len(ids) != 1:
        sys.exit('no unique curated item for header %r (%s %s): %r' % (header, edition, number, ids))
    return ids[0]


def obligation(mark):
    mark = (mark or '').strip()
    return {'◎': 'REQUIRED', '○': 'RECOMMENDED', '〇': 'RECOMMENDED', '': 'OPTIONAL',
            'unknown': 'UNKNOWN', 'required': 'REQUIRED', 'optional': 'OPTIONAL'}[mark]


def imi_iri(path):
    if not path or path.startswith('（注'):
        return None
    p = re.split(r'[\s　]', path.strip())[0]  # drop trailing notes such as （注4）
    leaf = p.split('>')[-1]
    leaf = re.sub(r'\{.*?\}|\[.*?\]', '', leaf)
    return IMI_NS + leaf if leaf else None


def column(header, item_id, oblig, description=None, example=None):
    c = {'header': header, 'item': item_id, 'obligation': oblig}
    if header in ('ID', 'NO'):
        c['unique'] = True
    if description:
        c['description'] = description
    if example:
        c['example'] = example
    return c


def dataset_descriptions():
    import glob
    d = {}
    for f in sorted(glob.glob(os.path.join(REF, 'legacy-suisho-2021-nec-fiware/*.model.yaml'))):
        no = os.path.basename(f)[:2]
        with open(f, encoding='utf-8') as fh:
            lines = fh.read().splitlines()
        for i, line in enumerate(lines):
            if line.startswith('      description:') and lines[i - 1].startswith('    ') and lines[i - 1].endswith(':'):
                d[no] = line.split(':', 1)[1].strip()
                break
    return d


def main():
    items, order = curated_items()
    names = by_name(items)
    templates = []
    descs = dataset_descriptions()

    legacy = read_csv(os.path.join(REF, 'legacy-suisho-2021-items.csv'))
    for no in sorted(LEGACY_IDS):
        rows = [r for r in legacy if r['dataset_no'] == no]
        tid, en = LEGACY_IDS[no]
        cols = [column(r['item_name'], item_for(names, r['item_name'], 'legacy', no), obligation(r['required']),
                       r['description']) for r in rows]
        templates.append({
            'format': 'civicdata-template/1', 'id': tid, 'version': LEGACY_VERSION,
            'name': rows[0]['dataset'], 'nameEn': en, 'number': no, 'edition': LEGACY_EDITION,
            'confidence': 'DERIVED', 'complete': True, 'description': descs.get(no, ''),
            'source': LEGACY_SOURCE + '; dataset ' + no + ' in the legacy numbering',
            'licence': LEGACY_LICENCE, 'columns': cols})

    # 13 公衆トイレ一覧: full definition with IMI and GIF paths
    toilet = read_csv(os.path.join(REF, '13_public-toilet_schema.csv'))
    cols = []
    for r in toilet:
        iid = item_for(names, r['name'], 'current', '13')
        it = items[iid]
        if r['common_vocabulary'] and 'imiPath' not in it and not r['common_vocabulary'].startswith('（注'):
            it['imiPath'] = r['common_vocabulary'].strip()
            iri = imi_iri(r['common_vocabulary'])
            if iri:
                it['imiIri'] = iri
        if r['gif_data_model'] and 'gifPath' not in it:
            it['gifPath'] = r['gif_data_model'].strip()
        cols.append(column(r['name'], iid, obligation(r['classification']), r['description'], r['example']))
    templates.append({
        'format': 'civicdata-template/1', 'id': 'public-toilet', 'version': CURRENT_VERSION,
        'name': '公衆トイレ一覧', 'nameEn': 'Public toilets', 'number': '13',
        'edition': '自治体標準オープンデータセット（正式版） データ項目定義書A 第3.09版 (2026-08-01)',
        'confidence': 'DERIVED', 'complete': True, 'description': '公衆トイレの一覧。',
        'source': ('tsunagu-bosai/open-infra-japan schema/standard/public-toilet/schema.csv, extracted from '
                   'デジタル庁 データ項目定義書A (2026-08-01), sheet 13.公衆トイレ一覧'),
        'licence': ('PDL1.0 (デジタル庁); extraction by Open Infra Japan (MIT). '
                    'デジタル庁『自治体標準オープンデータセット（正式版）』を加工して作成'),
        'columns': cols})

    current = [
        ('03_designated-emergency-evacuation-site', 'designated-emergency-evacuation-site', '指定緊急避難場所一覧',
         'Designated emergency evacuation sites', '03', 'DERIVED', True,
         ('GitHub dx-junkyard/opendata-bridge-transform-api (commit 4336d6a), EmergencyEvacuationSiteResponse.java '
          '(掲載区分 必須/推奨/任意 mapped to ◎/○/blank); order and names agree with the つくば市 and 熊本 '
          'converter headers. Not checked against データ項目定義書 第3.09版.'),
         'Official text PDL1.0 (デジタル庁); the extraction is third-party'),
        ('11_tourist-facility', 'tourist-facility', '観光施設一覧', 'Tourist facilities', '11', 'OFFICIAL', False,
         ('徳島県オープンデータ, HTML rendering of the official sheet データ項目(観光施設一覧), '
          'https://opendata.pref.tokushima.lg.jp/dataset/4991/resource/16326/content.html. '
          'PARTIAL: items 1–7 only; 区分 not preserved (obligation UNKNOWN).'),
         'PDL1.0'),
        ('14_fire-water-facility', 'fire-water-facility', '消防水利施設一覧', 'Fire-fighting water sources', '14',
         'OBSERVED', True,
         ('Observed header only: test fixture of a third-party facilities collector (南さつま市-style rows, '
          'code 462209). Obligations and formats unknown; 種別 reuses the legacy enumeration.'),
         'n/a (header names only)'),
        ('15_food-business-permit', 'food-business-permit', '食品等営業許可・届出一覧',
         'Food business permits and notifications', '15', 'OBSERVED', True,
         ('Observed header only: 岡崎市 232025_food_business_all.csv (BODIK), confirmed by a second city '
          'and a TypeScript interface for 青梅市. Obligations and formats unknown.'),
         'n/a (header names only)'),
    ]
    for fname, tid, name, en, no, conf, complete, source, licence in current:
        rows = read_csv(os.path.join(REF, 'current', fname + '.csv'))
        cols = [column(r['item_name'], item_for(names, r['item_name'], 'current', no), obligation(r['category']),
                       r['description'], r['example']) for r in rows]
        templates.append({
            'format': 'civicdata-template/1', 'id': tid, 'version': CURRENT_VERSION, 'name': name, 'nameEn': en,
            'number': no,
            'edition': '自治体標準オープンデータセット（正式版）; column list as observed, edition not stated by the source',
            'confidence': conf, 'complete': complete, 'description': '', 'source': source, 'licence': licence,
            'columns': cols})

    used = {c['item'] for t in templates for c in t['columns']}
    unused = [i for i in order if i not in used]
    if unused:
        sys.exit('curated items not used by any template: %r' % unused)

    os.makedirs(os.path.join(OUT, 'templates'), exist_ok=True)
    with open(os.path.join(OUT, 'items.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump({'format': 'civicdata-items/1', 'items': [items[i] for i in order]}, f, ensure_ascii=False,
                  indent=1)
        f.write('\n')
    index = []
    for t in templates:
        fn = '%s@%s.json' % (t['id'], t['version'])
        index.append(fn)
        with open(os.path.join(OUT, 'templates', fn), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write('\n')
    with open(os.path.join(OUT, 'templates', 'index.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# shipped template files, generated by vocab/tools/generate_vocab_data.py\n')
        for fn in index:
            f.write(fn + '\n')
    print('%d items, %d templates' % (len(order), len(templates)))


if __name__ == '__main__':
    main()

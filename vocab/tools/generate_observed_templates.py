#!/usr/bin/env python3
"""Generates the shipped templates of version 2024-observed from the observed current-edition headers.

Inputs (inside this repository):
  vocab/src/test/resources/reference/standard-datasets/current/observed/   copies of the shared files
  vocab/src/main/resources/io/github/civicdata/vocab/data/gif/mappings.csv  links of shared items to GIF
  the curated tables below: for each observed header, the item it holds (a shared item, a GIF item,
  or a new item defined in the template with an English name written by civicdata)
Outputs:
  vocab/src/main/resources/io/github/civicdata/vocab/data/templates/<id>@2024-observed.json
  the same folder's index.txt (lines appended once)

Provenance of each column (the template's provenance is `observed`: names only, obligations unknown):
  DERIVED_GIF  the item is a GIF core data model item, or a shared item linked to one (exactMatch or
               closeMatch): its datatype and format follow the GIF model
  VOCABULARY   the header names a shared item of civicdata's vocabulary: its type is that item's
  OBSERVED     a new item, a string: only the name is known

Run from the repository root:  python3 vocab/tools/generate_observed_templates.py
The output is deterministic; commit it. ShippedObservedTemplatesTest checks the templates against the
reference copies.
"""
import csv
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # vocab/
REF = os.path.join(ROOT, 'src/test/resources/reference/standard-datasets/current/observed')
DATA = os.path.join(ROOT, 'src/main/resources/io/github/civicdata/vocab/data')
VERSION = '2024-observed'

HINO_SOURCE = ('Observed column names of 日野市 (132128) files dated 2024-03-28 that follow データ項目定義書A/B, '
               'transcribed from queria-io/dataset-hino (commit 130c0c0, hino_datasets.yml); a subset: only the '
               'columns that pipeline maps, order not guaranteed. Not the definition book: obligations unknown; '
               'types only where the GIF core data model or a shared item gives them.')
HINO_LICENCE = 'names only (日野市 data CC BY 4.0)'

# New items: id -> (Japanese name, English name, aliases)
NEW = {
    'school-id': ('学校ID', 'School ID', []),
    'school-code': ('学校コード', 'School code (文部科学省 学校コード)', []),
    'service-point-type': ('行政サービス拠点種別', 'Type of administrative service point', []),
    'school-district-registration-date': ('通学区域_登録年月日', 'School district registration date', []),
    'school-district-abolition-date': ('通学区域_廃止日', 'School district abolition date', []),
    'school-district-addresses': ('通学区域の住所', 'Addresses of the school district', []),
    'special-notes': ('特記事項', 'Special notes', []),
    'polygon-file-name': ('ポリゴン_ファイル名', 'Polygon file name', []),
    'district-name': ('地区名', 'District name', []),
    'school-type': ('教育機関_学校種', 'Type of school', []),
    'prefecture-number': ('教育機関_都道府県番号', 'Prefecture number', []),
    'establishment-category': ('教育機関_設置区分', 'Establishment category (national, public, private)', []),
    'founder-information': ('教育機関_設置者情報', 'Founder information', []),
    'main-or-branch-school': ('教育機関_本分校', 'Main or branch school', []),
    'main-school-code': ('教育機関_本校学校コード', 'School code of the main school', []),
    'main-school-name': ('教育機関_本校学校名', 'Name of the main school', []),
    'school-abbreviation': ('教育機関_学校略称', 'School abbreviation', []),
    'school-located-municipality': ('教育機関_学校所在地（市区町村）', 'Municipality of the school address',
                                    ['教育機関_学校所在地_市区町村']),
    'school-located-machiaza': ('教育機関_学校所在地（町字）', 'Town (町字) of the school address',
                                ['教育機関_学校所在地_町字']),
    'school-located-block-number': ('教育機関_学校所在地（番地以下）', 'Block number of the school address',
                                    ['教育機関_学校所在地_番地以下']),
    'attribute-set-date': ('教育機関_属性情報設定年月日', 'Date the attributes were set', []),
    'attribute-abolished-date': ('教育機関_属性情報廃止年月日', 'Date the attributes were abolished', []),
    'former-school-survey-number': ('教育機関_旧学校調査番号', 'Former school survey number', []),
    'successor-school-code': ('教育機関_移行後の学校コード', 'School code after the change', []),
    'indoor-outdoor': ('屋内外', 'Indoor or outdoor', []),
    'max-bicycles': ('最大駐輪台数', 'Maximum number of bicycles', []),
    'voting-district-number': ('投票区番号', 'Voting district number', []),
    'polling-place-category': ('投票所区分', 'Polling place category', []),
    'voting-district-name': ('投票区名', 'Voting district name', []),
    'election-category': ('選挙区分', 'Election category', []),
    'garbage-item': ('ゴミの品目', 'Item of waste', ['ごみの品目', 'ゴミの分別方法_品目']),
    'garbage-item-kana': ('ゴミの品目_カナ', 'Item of waste (kana)', []),
    'garbage-item-en': ('ゴミの品目_英字', 'Item of waste (English)', []),
    'separation-category': ('分別区分', 'Separation category', []),
    'points-to-note': ('注意点', 'Points to note', []),
    'bulky-waste-fee': ('粗大ごみ回収料金', 'Bulky waste collection fee', []),
    'garbage-type': ('ゴミ種類', 'Type of waste', []),
    'collection-days': ('ゴミ収集日', 'Collection days', []),
    'collection-notes': ('注意事項', 'Notes', []),
    # 06 オープンデータ一覧 (current)
    'dataset-id': ('データセット_ID', 'Dataset ID', []),
    'dataset-title': ('データセット_タイトル', 'Dataset title', []),
    'dataset-subtitle': ('データセット_サブタイトル', 'Dataset subtitle', []),
    'dataset-summary-current': ('データセット_概要', 'Dataset summary', []),
    'dataset-keywords': ('データセット_キーワード', 'Dataset keywords', []),
    'dataset-category': ('データセット_分類', 'Dataset category', []),
    'dataset-universal-menu': ('データセット_ユニバーサルメニュー', 'Dataset universal menu (行政サービス分類)', []),
    'dataset-issued': ('データセット_公開日', 'Dataset publication date', []),
    'dataset-modified': ('データセット_最終更新日', 'Dataset last modified date', []),
    'dataset-version': ('データセット_バージョン', 'Dataset version', []),
    'dataset-language': ('データセット_言語', 'Dataset language', []),
    'dataset-url': ('データセット_URL', 'Dataset URL', []),
    'dataset-update-frequency': ('データセット_更新頻度', 'Dataset update frequency', []),
    'dataset-conforms-to': ('データセット_準拠する標準', 'Standard the dataset conforms to', []),
    'dataset-related-documents': ('データセット_関連ドキュメント', 'Dataset related documents', []),
    'dataset-provenance': ('データセット_来歴情報', 'Dataset provenance', []),
    'dataset-spatial': ('データセット_対象地域', 'Dataset spatial coverage', []),
    'dataset-temporal': ('データセット_対象期間', 'Dataset temporal coverage', []),
    'dataset-creator': ('データセット_作成者', 'Dataset creator', []),
    'dataset-remarks': ('データセット_備考', 'Dataset remarks', []),
    'file-id': ('ファイル_ID', 'File ID', []),
    'file-title': ('ファイル_タイトル', 'File title', []),
    'file-access-url': ('ファイル_アクセスURL', 'File access URL', []),
    'file-download-url': ('ファイル_ダウンロードURL', 'File download URL', []),
    'file-description': ('ファイル_説明', 'File description', []),
    'file-format': ('ファイル_形式', 'File format', []),
    'file-licence': ('ファイル_ライセンス', 'File licence', []),
    'file-status': ('ファイル_ステータス', 'File status', []),
    'file-size': ('ファイル_サイズ', 'File size', []),
    'file-issued': ('ファイル_公開日', 'File publication date', []),
    'file-modified': ('ファイル_最終更新日', 'File last modified date', []),
    'file-terms-of-use': ('ファイル_利用規約', 'File terms of use', []),
    'file-related-documents': ('ファイル_関連ドキュメント', 'File related documents', []),
    'file-language': ('ファイル_言語', 'File language', []),
    'file-conforms-to': ('ファイル_準拠する標準', 'Standard the file conforms to', []),
    'file-api-available': ('ファイル_API対応有無', 'File API available', []),
    'file-rights': ('ファイル_著作権表記', 'File copyright notice', []),
}

# Observed header -> item, for the generic ones (prefixes stripped by the dataset tables below)
COMMON = {
    '全国地方公共団体コード': 'local-government-code',
    '地方公共団体名': 'local-government-name',
    'ID': 'id',
    '名称': 'name',
    '名称（カナ）': 'name-kana',
    '名称（英字）': 'name-en',
    '説明': 'description',
    '緯度': 'latitude',
    '経度': 'longitude',
    '座標参照系': 'gif-address-coordinate-reference-system',
    '座標参照系コード': 'gif-address-coordinate-reference-system-code',
    '地区名': 'district-name',
    '備考': 'remarks',
}

# (dataset number, template id, English name, prefix stripped from headers, exceptions)
DATASETS = [
    ('04', 'population-by-area-and-age', 'Population by area and age', None, {
        '地域コード': 'area-code', '調査年月日': 'survey-date', '地域名': 'area-name', '総人口': 'population-total',
        '男性': 'population-male', '女性': 'population-female', '世帯数': 'households'}),
    ('17', 'school-district', 'Elementary and junior high school districts', None, {
        '情報の管理主体_全国地方公共団体コード': 'local-government-code', '学校ID': 'school-id',
        '学校コード': 'school-code', '学校所在地_都道府県名': 'located-prefecture',
        '学校所在地_郡名': 'gif-address-county-group', '学校所在地_市区町村名': 'gif-address-city',
        '学校所在地_行政区名': 'gif-address-ward',
        '学校所在地_全国地方公共団体コード': 'located-local-government-code', '学校名称': 'name',
        '学校名称_カナ': 'name-kana', '行政サービス拠点種別': 'service-point-type',
        '通学区域_登録年月日': 'school-district-registration-date', '通学区域_廃止日': 'school-district-abolition-date',
        '通学区域の住所': 'school-district-addresses', '特記事項': 'special-notes',
        'ポリゴン_ファイル名': 'polygon-file-name'}),
    ('23', 'emergency-radio', 'Disaster management radio installations', '防災行政無線_', {
        '施設_ID': 'gif-facility-identification', '設備_ID': 'gif-equipment-identification'}),
    ('24', 'educational-institution', 'Educational institutions', '教育機関_', {
        '学校コード': 'school-code', '学校名': 'name', '学校名カナ表記': 'name-kana', '郵便番号': 'postal-code',
        '連絡先名称': 'contact-name', '連絡先電話番号': 'contact-phone-number', '学校種': 'school-type',
        '都道府県番号': 'prefecture-number', '設置区分': 'establishment-category', '設置者情報': 'founder-information',
        '本分校': 'main-or-branch-school', '本校学校コード': 'main-school-code', '本校学校名': 'main-school-name',
        '学校略称': 'school-abbreviation', '学校所在地（市区町村）': 'school-located-municipality',
        '学校所在地（町字）': 'school-located-machiaza', '学校所在地（番地以下）': 'school-located-block-number',
        '属性情報設定年月日': 'attribute-set-date', '属性情報廃止年月日': 'attribute-abolished-date',
        '旧学校調査番号': 'former-school-survey-number', '移行後の学校コード': 'successor-school-code'}),
    ('26', 'bicycle-parking', 'Public bicycle parking', '公営駐輪場_', {
        '施設_ID': 'gif-facility-identification', '屋内外': 'indoor-outdoor', '最大駐輪台数': 'max-bicycles'}),
    ('27', 'polling-place', 'Polling places', '投票所_', {
        '施設_ID': 'gif-facility-identification', '投票区番号': 'voting-district-number',
        '投票所区分': 'polling-place-category', '投票区名': 'voting-district-name', '選挙区分': 'election-category'}),
    ('28', 'garbage-separation', 'How to separate waste', None, {
        'ゴミの品目': 'garbage-item', 'ゴミの品目_カナ': 'garbage-item-kana', 'ゴミの品目_英字': 'garbage-item-en',
        '分別区分': 'separation-category', '注意点': 'points-to-note', '料金種別': 'gif-facility-fee-type',
        '料金': 'gif-facility-fee', '粗大ごみ回収料金': 'bulky-waste-fee', '料金備考': 'gif-facility-fee-remarks'}),
    ('30', 'garbage-collection-point', 'Waste collection points', 'ゴミ集積場所_', {
        '施設_ID': 'gif-facility-identification', 'ゴミ種類': 'garbage-type', 'ゴミ収集日': 'collection-days',
        '自治体のページURL': 'url', '注意事項': 'collection-notes'}),
    ('B-facility', 'facility', 'Facilities (shared facility file of the facility/equipment layout)', None, {
        '施設_ID': 'gif-facility-identification', '施設_名称': 'facility-name', '施設_POIコード': 'poi-code',
        '住所_連結表記': 'full-address', '住所_都道府県': 'located-prefecture',
        '住所_市区町村（郡）': 'located-municipality', '住所_町字': 'located-machiaza', '住所_町字ID': 'machiaza-id',
        '住所_番地以下': 'located-block-number', '住所_建物名等(方書)': 'building-name',
        '連絡先_郵便番号': 'postal-code', '連絡先_電話番号': 'contact-phone-number', '住所_緯度': 'latitude',
        '住所_経度': 'longitude', '施設_サービス曜日': 'gif-facility-service-day',
        '施設_開始時刻': 'gif-facility-start-time', '施設_終了時刻': 'gif-facility-end-time',
        '施設_日時備考': 'gif-facility-date-time-remarks', '施設_URL': 'url'}),
]

OPEN_DATA_LIST = {
    'データセット_ID': 'dataset-id', '全国地方公共団体コード': 'local-government-code',
    '地方公共団体名': 'local-government-name', 'データセット_タイトル': 'dataset-title',
    'データセット_サブタイトル': 'dataset-subtitle', 'データセット_概要': 'dataset-summary-current',
    'データセット_キーワード': 'dataset-keywords', 'データセット_分類': 'dataset-category',
    'データセット_ユニバーサルメニュー': 'dataset-universal-menu', 'データセット_公開日': 'dataset-issued',
    'データセット_最終更新日': 'dataset-modified', 'データセット_バージョン': 'dataset-version',
    'データセット_言語': 'dataset-language', 'データセット_URL': 'dataset-url',
    'データセット_更新頻度': 'dataset-update-frequency', 'データセット_準拠する標準': 'dataset-conforms-to',
    'データセット_関連ドキュメント': 'dataset-related-documents', 'データセット_来歴情報': 'dataset-provenance',
    'データセット_対象地域': 'dataset-spatial', 'データセット_対象期間': 'dataset-temporal',
    'データセット_作成者': 'dataset-creator', 'データセット_連絡先名称': 'contact-name',
    'データセット_連絡先メールアドレス': 'contact-email', 'データセット_連絡先電話番号': 'contact-phone-number',
    'データセット_連絡先内線番号': 'contact-extension-number', 'データセット_連絡先FormURL': 'contact-form-url',
    'データセット_連絡先備考（その他、SNSなど）': 'contact-remarks', 'データセット_備考': 'dataset-remarks',
    'ファイル_ID': 'file-id', 'ファイル_タイトル': 'file-title', 'ファイル_アクセスURL': 'file-access-url',
    'ファイル_ダウンロードURL': 'file-download-url', 'ファイル_説明': 'file-description',
    'ファイル_形式': 'file-format', 'ファイル_ライセンス': 'file-licence', 'ファイル_ステータス': 'file-status',
    'ファイル_サイズ': 'file-size', 'ファイル_公開日': 'file-issued', 'ファイル_最終更新日': 'file-modified',
    'ファイル_利用規約': 'file-terms-of-use', 'ファイル_関連ドキュメント': 'file-related-documents',
    'ファイル_言語': 'file-language', 'ファイル_準拠する標準': 'file-conforms-to',
    'ファイル_API対応有無': 'file-api-available', 'ファイル_著作権表記': 'file-rights',
}

COMPANION = {'emergency-radio', 'bicycle-parking', 'polling-place', 'garbage-collection-point'}


def read_csv(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def gif_linked():
    """Shared items linked to a GIF item."""
    linked = set()
    for r in read_csv(os.path.join(DATA, 'gif/mappings.csv')):
        if r['target'].startswith('gif-'):
            linked.add(r['item'])
    return linked


def shared_items():
    with open(os.path.join(DATA, 'items.json'), encoding='utf-8') as f:
        return {i['id'] for i in json.load(f)['items']}


def item_for(header, prefix, exceptions):
    if header in exceptions:
        return exceptions[header]
    h = header[len(prefix):] if prefix and header.startswith(prefix) else header
    if h in exceptions:
        return exceptions[h]
    if h in COMMON:
        return COMMON[h]
    raise SystemExit('no item for observed header ' + header)


def provenance(item, linked, shared):
    if item.startswith('gif-') or item in linked:
        return 'DERIVED_GIF'
    if item in shared:
        return 'VOCABULARY'
    if item in NEW:
        return 'OBSERVED'
    raise SystemExit('unknown item ' + item)


def new_item(item_id):
    name, en, aliases = NEW[item_id]
    d = {'id': item_id, 'name': name}
    if aliases:
        d['aliases'] = aliases
    d['nameEn'] = en
    d['definition'] = ('Observed column name of the current 自治体標準オープンデータセット; its type and '
                       'obligation are not known (names only).')
    d['datatype'] = 'STRING'
    return d


def headers_of(rows):
    out = []
    for r in rows:
        h = r['header_name']
        if ' … ' in h:  # 0-4歳の男性 … 85歳以上の女性: the 36 age-and-sex columns
            ages = ['%d-%d歳' % (a, a + 4) for a in range(0, 85, 5)] + ['85歳以上']
            for a in ages:
                out.append((a + 'の男性', ''))
                out.append((a + 'の女性', ''))
        elif ' / ' in h:
            continue  # unprefixed headers whose file is not confirmed: left out
        else:
            out.append((h, r.get('note', '')))
    return out


def age_item(header):
    sex = 'male' if header.endswith('の男性') else 'female'
    age = header[:header.index('歳')]
    age = '85-plus' if age == '85' else age
    return 'population-%s-%s' % (sex, age)


def write_template(tid, name, name_en, number, edition, source, licence, complete, columns, linked, shared,
                   companion=None):
    items = []
    cols = []
    for header, item, note in columns:
        c = {'header': header, 'item': item, 'obligation': 'UNKNOWN',
             'provenance': provenance(item, linked, shared)}
        if note:
            c['description'] = 'Observed: ' + note
        cols.append(c)
        if item in NEW and item not in [i['id'] for i in items]:
            items.append(new_item(item))
    t = {'format': 'civicdata-template/1', 'id': tid, 'version': VERSION, 'name': name, 'nameEn': name_en}
    if number:
        t['number'] = number
    t.update({'edition': edition, 'confidence': 'OBSERVED', 'complete': complete, 'description': '',
              'source': source, 'licence': licence})
    if companion:
        t['companion'] = companion
    if items:
        t['items'] = items
    t['columns'] = cols
    path = os.path.join(DATA, 'templates', '%s@%s.json' % (tid, VERSION))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return '%s@%s.json' % (tid, VERSION)


def main():
    linked = gif_linked()
    shared = shared_items()
    rows = read_csv(os.path.join(REF, 'hino-132128-ods-headers-2024-03-28.csv'))
    files = []
    for no, tid, name_en, prefix, exceptions in DATASETS:
        ds = [r for r in rows if r['dataset_no'] == no]
        name = ds[0]['dataset']
        columns = []
        for header, note in headers_of(ds):
            item = age_item(header) if '歳' in header and header.endswith(('の男性', 'の女性')) \
                else item_for(header, prefix, exceptions)
            columns.append((header, item, note))
        number = None if no == 'B-facility' else no
        edition = ('自治体標準オープンデータセット（正式版）, 施設・設備分離型 (定義書B): the shared 施設 file'
                   if no == 'B-facility' else '自治体標準オープンデータセット（正式版）')
        edition += '; column names as observed in 日野市 files of 2024-03-28'
        companion = {'template': 'facility@' + VERSION, 'key': '施設_ID'} if tid in COMPANION else None
        files.append(write_template(tid, name, name_en, number, edition, HINO_SOURCE, HINO_LICENCE, False, columns,
                                    linked, shared, companion))
    odl = read_csv(os.path.join(REF, '06_open-data-list_current-header_shirasagi.csv'))
    columns = [(r['header_name'], OPEN_DATA_LIST[r['header_name']], '') for r in odl]
    files.append(write_template(
        'open-data-list', 'オープンデータ一覧', 'Open data catalogue', '06',
        '自治体標準オープンデータセット（正式版）; the 45-column header as SHIRASAGI emits it',
        'Observed header: shirasagi/shirasagi (commit 8d87cbc, db/seeds/opendata/files/materials/'
        'shirasagi_test_date.csv; PR #5623 follows the new オープンデータ一覧). 練馬区 files are described elsewhere '
        'as 42 columns: check against the definition book. Obligations unknown; types only where the GIF core '
        'data model or a shared item gives them.',
        'names only (SHIRASAGI MIT)', True, columns, linked, shared))
    index = os.path.join(DATA, 'templates', 'index.txt')
    with open(index, encoding='utf-8') as f:
        have = f.read()
    with open(index, 'a', encoding='utf-8', newline='\n') as f:
        for name in files:
            if name not in have.split('\n'):
                f.write(name + '\n')
    print('wrote', len(files), 'templates')


if __name__ == '__main__':
    main()

package io.github.civicdata.validation;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column decisions of a {@link FixTable} ({@link FixPlan}): numeric columns, units, dates,
 * coordinates, key columns, dropped columns, from the validator's column profiles and the fixer's
 * statistics of the data rows; and the output columns (the template's order when mapping).
 *
 * <p>Not thread-safe; made for one plan.
 */
final class FixPlanner {

    private final FixRun run;
    private final TableProcessor table;
    private final FixPlan.Stats stats;
    private final String[] rawNames;
    private ColumnProfile[] asFixed;

    /**
     * @param rawNames the input columns' names as read (the joined names of a two-row header)
     */
    FixPlanner(FixRun run, TableProcessor table, FixPlan.Stats stats, String[] rawNames) {
        this.run = run;
        this.table = table;
        this.stats = stats;
        this.rawNames = rawNames;
    }

    /**
     * The column profiles that the next reading of the fixed file will make (its head window, the
     * values as fixed): a column they find numeric is numeric in this plan too, so that the plan
     * does not change when the fixed file is fixed again.
     */
    FixPlanner asFixed(ColumnProfile[] profiles) {
        this.asFixed = profiles;
        return this;
    }

    /** The plan of the previous pass, with what depends on this pass (template columns, checkers) made again. */
    FixPlan adopt(FixPlan given) {
        FixPlan p = make(true);
        for (int i = 0; i < p.in.length && i < given.in.length; i++) {
            FixPlan.In a = p.in[i];
            FixPlan.In g = given.in[i];
            a.drop = g.drop;
            a.numeric = g.numeric;
            a.numericStrong = g.numericStrong;
            a.typeFromTemplate = g.typeFromTemplate;
            a.unit = g.unit;
            a.unitInName = g.unitInName;
            a.mixedUnits = g.mixedUnits;
            a.coordinates = g.coordinates;
            a.dateColumn = g.dateColumn;
            a.timeColumn = g.timeColumn;
            a.key = g.key;
        }
        p.out.clear();
        p.missingRequired.clear();
        outputs(p);
        p.exact = true;
        return p;
    }

    /** The plan from the statistics so far; {@code whole} when they are of the whole table (the plan is exact). */
    FixPlan make(boolean whole) {
        int width = table.width();
        FixPlan.In[] in = new FixPlan.In[width];
        for (int i = 0; i < width; i++) {
            FixPlan.In c = new FixPlan.In(i, rawNames[i]);
            ColumnProfile p = table.profile(i);
            FixPlan.Column s = stats.col(i);
            String name = Cells.trim(rawNames[i]);
            c.numeric = p.type == ColumnProfile.NUMERIC;
            c.numericStrong = p.strongNumeric;
            c.typeFromTemplate = p.typeFromTemplate;
            ColumnProfile f = asFixed != null && i < asFixed.length ? asFixed[i] : null;
            if (f != null && f.type == ColumnProfile.NUMERIC && !c.numeric && !p.typeFromTemplate
                    && p.type != ColumnProfile.CODE) {
                // the values as fixed make the column numeric where the values as read did not
                // (full-width digits, marks that become symbols): decided as the next reading will
                c.numeric = true;
                c.numericStrong = f.strongNumeric;
            }
            if (!c.numericStrong && !p.typeFromTemplate && p.type != ColumnProfile.CODE) {
                // the validator's profile also saw rows that are not data (repeated headers, totals
                // it did not know yet); the data rows alone decide, by the profile's own measure,
                // so that the fixed file (without those rows) is planned the same way
                long base = s.nonEmpty - s.symbols;
                long nums = s.clean + s.dirty;
                if (base >= 3 && nums * 10 >= base * 8) {
                    c.numeric = true;
                    c.numericStrong |= nums * 10 >= base * 9;
                }
            }
            // a name that the header fixes empty (only an invisible character such as U+200B) is no name
            c.drop = run.on(FixTransformation.BLANK_COLUMNS) && s.nonEmpty == 0
                    && (name.isEmpty() || Cells.trim(run.cells().quietName(rawNames[i])).isEmpty());
            c.key = i < 3 && !c.numeric;
            c.region = run.semantics().regionColumn(name);
            c.properNoun = MachineDependent.properNounColumn(rawNames[i]);
            c.template = run.templateColumn(i);
            if (c.template != null && run.on(FixTransformation.TEMPLATE_FORMATS)) {
                c.checker = run.checks().checker(c.template.item());
            }
            if (run.on(FixTransformation.NUMBERS) && c.numeric && !s.units.isEmpty()) {
                List<String> unstated = new ArrayList<>();
                for (String u : s.units.keySet()) {
                    if (!Units.stated(name, u)) {
                        unstated.add(u);
                    }
                }
                if (s.units.size() == 1 && !s.moreUnits && unstated.size() == 1) {
                    // spelled as the header fixes spell names (㎡ → m2 with machine-dependent on): the
                    // values lose the unit after those fixes, and the name must not get back what they fix
                    c.unit = run.cells().quietName(unstated.get(0));
                    c.unitInName = c.template == null || !run.on(FixTransformation.TEMPLATE_COLUMNS);
                } else if (!unstated.isEmpty()) {
                    c.mixedUnits = List.copyOf(s.units.keySet());
                }
            }
            c.coordinates = run.on(FixTransformation.COORDINATES) && s.coordinatePairs > 0
                    && c.region != ValueSemantics.Region.LATITUDE && c.region != ValueSemantics.Region.LONGITUDE
                    && s.coordinatePairs * 2 >= s.nonEmpty;
            c.timeColumn = run.on(FixTransformation.DATES) && s.times > 0 && s.times * 10 >= s.nonEmpty * 8;
            c.dateColumn = run.on(FixTransformation.DATES) && s.dates > 0 && s.dates * 10 >= s.nonEmpty * 8;
            in[i] = c;
        }
        FixPlan plan = new FixPlan(in);
        plan.exact = whole;
        outputs(plan);
        return plan;
    }

    /** The output columns: the template's order when mapping, else the input's; names as written. */
    private void outputs(FixPlan plan) {
        List<FixPlan.Out> virtual = new ArrayList<>();
        Set<String> itemsTaken = new HashSet<>();
        for (FixPlan.In c : plan.in) {
            if (c.template != null) {
                itemsTaken.add(c.template.item().id());
            }
        }
        Set<String> namesTaken = new HashSet<>();
        for (FixPlan.In c : plan.in) {
            namesTaken.add(Cells.trim(c.rawName));
        }
        DatasetTemplate template = run.template();
        for (FixPlan.In c : plan.in) {
            if (c.drop) {
                continue;
            }
            String base = baseName(c);
            if (c.coordinates) {
                boolean ascii = base.chars().allMatch(ch -> ch < 128);
                String lat = ascii ? "latitude" : "緯度";
                String lon = ascii ? "longitude" : "経度";
                if (namesTaken.contains(lat) || namesTaken.contains(lon)) {
                    lat = base + "_" + lat;
                    lon = base + "_" + lon;
                }
                TemplateColumn tLat = template == null ? null : byItem(template, "latitude", itemsTaken);
                TemplateColumn tLon = template == null ? null : byItem(template, "longitude", itemsTaken);
                virtual.add(new FixPlan.Out(c.index, FixPlan.LATITUDE, lat, tLat));
                virtual.add(new FixPlan.Out(c.index, FixPlan.LONGITUDE, lon, tLon));
            } else {
                virtual.add(new FixPlan.Out(c.index, FixPlan.WHOLE, base, c.template));
            }
        }
        if (template != null && run.on(FixTransformation.TEMPLATE_COLUMNS)) {
            List<FixPlan.Out> ordered = new ArrayList<>();
            for (TemplateColumn t : template.columns()) {
                FixPlan.Out found = null;
                for (FixPlan.Out o : virtual) {
                    if (o.template() == t) {
                        found = o;
                        break;
                    }
                }
                if (found != null) {
                    ordered.add(new FixPlan.Out(found.source(), found.part(), t.header(), t));
                    virtual.remove(found);
                } else if (t.obligation() != Obligation.REQUIRED) {
                    ordered.add(new FixPlan.Out(-1, FixPlan.WHOLE, t.header(), t));
                } else {
                    plan.missingRequired.add(t);
                }
            }
            ordered.addAll(virtual);
            virtual = ordered;
        }
        if (run.on(FixTransformation.UNIQUE_HEADERS)) {
            Map<String, Integer> seen = new HashMap<>();
            for (int k = 0; k < virtual.size(); k++) {
                FixPlan.Out o = virtual.get(k);
                String n = Cells.trim(o.name());
                if (n.isEmpty()) {
                    continue;
                }
                int count = seen.merge(n, 1, Integer::sum);
                if (count > 1) {
                    String u = n + "_" + count;
                    while (seen.containsKey(u)) {
                        u = u + "_" + count;
                    }
                    seen.put(u, 1);
                    virtual.set(k, new FixPlan.Out(o.source(), o.part(), u, o.template()));
                }
            }
        }
        plan.out.addAll(virtual);
    }

    private static TemplateColumn byItem(DatasetTemplate t, String itemId, Set<String> taken) {
        if (taken.contains(itemId)) {
            return null;
        }
        for (TemplateColumn c : t.columns()) {
            DataItem item = c.item();
            if (item.id().equals(itemId)) {
                return c;
            }
        }
        return null;
    }

    /** The name of an input column after the value-free header fixes and the unit (not logged here). */
    private String baseName(FixPlan.In c) {
        String n = run.cells().quietName(c.rawName);
        return c.unit != null && c.unitInName ? n + "（" + c.unit + "）" : n;
    }
}

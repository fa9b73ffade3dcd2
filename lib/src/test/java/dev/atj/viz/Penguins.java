package dev.atj.viz;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A small penguins-like table with known values, including missing ones. */
final class Penguins {
    private Penguins() {
    }

    /**
     * Eight penguins: three species (rows deliberately not in alphabetical order), one missing
     * flipper length and one missing sex.
     */
    static Table table() {
        return Table.create("penguins",
                StringColumn.create("species", "Gentoo", "Adelie", "Chinstrap", "Adelie", "Gentoo", "Adelie", "Chinstrap", "Gentoo"),
                StringColumn.create("island", "Biscoe", "Dream", "Dream", "Biscoe", "Biscoe", "Torgersen", "Dream", "Biscoe"),
                StringColumn.create("sex", "male", "female", "female", "", "female", "male", "male", "male"),
                DoubleColumn.create("flipper_length_mm", 217, 181, 195, 186, Double.NaN, 190, 201, 230),
                IntColumn.create("body_mass_g", 5200, 3750, 3800, 3450, 4900, 4000, 4150, 5700),
                IntColumn.create("year", 2007, 2007, 2008, 2008, 2009, 2009, 2009, 2007));
    }
}

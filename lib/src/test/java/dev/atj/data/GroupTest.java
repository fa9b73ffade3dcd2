package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class GroupTest {
    @TempDir
    Path dir;

    private Table shop() throws IOException {
        return Load.csv(Files.writeString(dir.resolve("shop.csv"), """
                region,product,units,price
                West,pen,3,1.5
                East,pen,1,1.5
                West,lamp,2,20
                East,lamp,NA,20
                West,pen,5,1.0
                """));
    }

    @Test
    void sumsMeansAndCountsMatchAHandComputation() throws IOException {
        Table grouped = Group.by(shop(), "region").count().sum("units").mean("price").count("units").table();
        assertEquals(List.of("region", "count", "sum_units", "mean_price", "count_units"), grouped.columnNames());
        assertEquals(List.of("East", "West"), grouped.stringColumn("region").asList());
        assertEquals(List.of(2, 3), grouped.intColumn("count").asList());
        // East: 1 + missing = 1; West: 3 + 2 + 5 = 10
        assertEquals(List.of(1.0, 10.0), grouped.doubleColumn("sum_units").asList());
        // East: (1.5 + 20) / 2; West: (1.5 + 20 + 1.0) / 3
        assertEquals(10.75, grouped.doubleColumn("mean_price").get(0), 1e-12);
        assertEquals(7.5, grouped.doubleColumn("mean_price").get(1), 1e-12);
        assertEquals(List.of(1, 3), grouped.intColumn("count_units").asList());
        assertEquals(ColumnType.INTEGER, grouped.column("count").type());
    }

    @Test
    void twoKeysGiveOneRowPerCombinationSorted() throws IOException {
        Table grouped = Group.by(shop(), "region", "product").sum("units").max("price").table();
        assertEquals(List.of("East", "East", "West", "West"), grouped.stringColumn("region").asList());
        assertEquals(List.of("lamp", "pen", "lamp", "pen"), grouped.stringColumn("product").asList());
        assertEquals(List.of(0.0, 1.0, 2.0, 8.0), grouped.doubleColumn("sum_units").asList());
        assertEquals(List.of(20.0, 1.5, 20.0, 1.5), grouped.doubleColumn("max_price").asList());
    }

    @Test
    void withNoAggregateTheGroupsAreCounted() throws IOException {
        assertEquals(List.of(2, 3), Group.by(shop(), "region").table().intColumn("count").asList());
    }

    @Test
    void penguinsBySpeciesHaveKnownCountsAndMeans() {
        Table grouped = Group.by(Datasets.load("penguins"), "species").count().mean("body_mass_g").table();
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), grouped.stringColumn("species").asList());
        assertEquals(List.of(152, 68, 124), grouped.intColumn("count").asList());
        assertEquals(3700.662251655629, grouped.doubleColumn("mean_body_mass_g").get(0), 1e-9);
    }

    @Test
    void unknownAndTextColumnsAreNamedInTheError() throws IOException {
        Table shop = shop();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Group.by(shop, "regoin"));
        assertTrue(unknown.getMessage().contains("No column 'regoin'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("region, product, units, price"), unknown.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> Group.by(shop, "region").mean("product"));
        assertTrue(text.getMessage().contains("holds STRING values"), text.getMessage());
    }
}

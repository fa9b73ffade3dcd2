package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class DatasetsTest {

    @Test
    void everyDatasetLoadsWithItsStatedRowCount() {
        for (Datasets.Entry entry : Datasets.ALL) {
            Table table = Datasets.load(entry.name());
            assertEquals(entry.rows(), table.rowCount(), entry.name());
            assertEquals(entry.name(), table.name());
        }
    }

    @Test
    void datasetsHaveTheDocumentedColumns() {
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species"),
                Datasets.load("iris").columnNames());
        assertEquals(List.of("year", "country", "cluster", "pop", "life_expect", "fertility"),
                Datasets.load("gapminder").columnNames());
        assertEquals(31, Datasets.load("breast_cancer").columnCount());
        assertEquals(14, Datasets.load("wine").columnCount());
        assertEquals(14, Datasets.load("titanic").columnCount());
    }

    @Test
    void classNumbersBecomeClassNames() {
        assertEquals(List.of("setosa", "versicolor", "virginica"),
                Datasets.load("iris").stringColumn("species").unique().asList().stream().sorted().toList());
        Table cancer = Datasets.load("breast_cancer");
        assertEquals(212, Rows.equal(cancer, "diagnosis", "malignant").rowCount());
        assertEquals(357, Rows.equal(cancer, "diagnosis", "benign").rowCount());
        assertEquals(59, Rows.equal(Datasets.load("wine"), "cultivar", "class_0").rowCount());
    }

    @Test
    void penguinsKeepNaAsMissing() {
        Table penguins = Datasets.load("penguins");
        assertEquals(2, penguins.column("body_mass_g").countMissing());
        assertEquals(11, penguins.column("sex").countMissing());
        assertEquals(ColumnType.INTEGER, penguins.column("body_mass_g").type());
    }

    @Test
    void weatherDatesAreDates() {
        Table weather = Datasets.load("seattle-weather");
        assertEquals(ColumnType.LOCAL_DATE, weather.column("date").type());
        assertEquals(LocalDate.of(2015, 12, 31), weather.dateColumn("date").max());
    }

    @Test
    void namesIgnoreCaseAndDashOrUnderscore() {
        assertEquals(1461, Datasets.load("Seattle_Weather").rowCount());
        assertEquals(569, Datasets.load("breast-cancer.csv").rowCount());
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndSuggestsTheClosest() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Datasets.load("pengiuns"));
        assertTrue(error.getMessage().contains("Did you mean \"penguins\"?"), error.getMessage());
        assertTrue(error.getMessage().contains(String.join(", ", Datasets.names())), error.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Datasets.load("seattle")).getMessage()
                .contains("Did you mean \"seattle-weather\"?"));
    }

    @Test
    void theCatalogNamesEveryFileInTheDatasetsFolder() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("..", "datasets"))) {
            files = listing.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md")).sorted().toList();
        }
        assertEquals(files, Datasets.catalog().stringColumn("file").asList().stream().sorted().toList());
        assertEquals(Datasets.names(), Datasets.catalog().stringColumn("name").asList());
    }

    @Test
    void everyTextInTheTextFolderReads() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("..", "datasets", "text"))) {
            files = listing.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        assertEquals(files, Datasets.texts());
        String novel = Datasets.text("Pride-and-Prejudice");
        assertTrue(novel.startsWith("PRIDE AND PREJUDICE"), novel.substring(0, 40));
        assertEquals(Files.readString(Path.of("..", "datasets", "text", "pride-and-prejudice.txt")), novel);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Datasets.text("emma")).getMessage()
                .contains("pride-and-prejudice"));
    }
}

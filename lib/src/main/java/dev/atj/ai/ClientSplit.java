package dev.atj.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Training rows dealt out to simulated federated clients, either evenly at random (IID: every
 * client sees every class) or the non-IID way real devices see data (each client mostly a
 * couple of classes, as one person's phone holds their own handwriting). Seeded from
 * {@link Seeds}.
 *
 * <pre>{@code
 * ClientSplit iid = ClientSplit.iid(train, 10);
 * ClientSplit nonIid = ClientSplit.shards(train, 10, 2);   // about 2 classes per client
 * nonIid.table();                                         // rows of each class per client
 * }</pre>
 *
 * <p>The shard split is the pathological non-IID partition of McMahan et al.,
 * "Communication-efficient learning of deep networks from decentralized data", AISTATS 2017,
 * section 3: sort the rows by class, cut them into {@code clients × shardsPerClient} equal
 * shards and give each client {@code shardsPerClient} shards at random.
 */
public final class ClientSplit {
    private final String kind;
    private final List<FederatedClient> clients;

    private ClientSplit(String kind, List<FederatedClient> clients) {
        this.kind = kind;
        this.clients = List.copyOf(clients);
    }

    /**
     * Shuffles the rows and deals them out like cards: clients get (almost) equal shares of
     * every class.
     *
     * @param data the training rows
     * @param clients how many clients, 1 to the number of rows
     * @return the split
     * @throws IllegalArgumentException if there are too few rows for the clients
     */
    public static ClientSplit iid(Dataset data, int clients) {
        check(data, clients, 1);
        int[] order = MlpShuffle.permutation(data.size(), Seeds.random("client-split-iid"));
        List<List<Integer>> rows = new ArrayList<>();
        IntStream.range(0, clients).forEach(k -> rows.add(new ArrayList<>()));
        for (int i = 0; i < order.length; i++) {
            rows.get(i % clients).add(order[i]);
        }
        return new ClientSplit("IID", make(data, rows));
    }

    /**
     * McMahan's non-IID split: rows sorted by class, cut into equal shards, each client given
     * {@code shardsPerClient} shards at random, so it holds about that many classes.
     *
     * @param data the training rows
     * @param clients how many clients, 1 or more
     * @param shardsPerClient shards per client, 1 or more
     * @return the split
     * @throws IllegalArgumentException if there are fewer rows than shards
     */
    public static ClientSplit shards(Dataset data, int clients, int shardsPerClient) {
        check(data, clients, shardsPerClient);
        Integer[] sorted = IntStream.range(0, data.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(data.y()[a], data.y()[b]));
        int shardCount = clients * shardsPerClient;
        int[] shardOrder = MlpShuffle.permutation(shardCount, Seeds.random("client-split-shards"));
        List<List<Integer>> rows = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            List<Integer> mine = new ArrayList<>();
            for (int s = 0; s < shardsPerClient; s++) {
                int shard = shardOrder[k * shardsPerClient + s];
                int from = (int) ((long) shard * data.size() / shardCount);
                int to = (int) ((long) (shard + 1) * data.size() / shardCount);
                for (int i = from; i < to; i++) {
                    mine.add(sorted[i]);
                }
            }
            rows.add(mine);
        }
        return new ClientSplit("non-IID (" + shardsPerClient + " shards each)", make(data, rows));
    }

    private static void check(Dataset data, int clients, int shardsPerClient) {
        if (clients < 1 || shardsPerClient < 1) {
            throw new IllegalArgumentException("Need at least 1 client and 1 shard per client, got " + clients
                    + " clients and " + shardsPerClient + " shards each");
        }
        if ((long) clients * shardsPerClient > data.size()) {
            throw new IllegalArgumentException(data.size() + " rows cannot fill " + clients * shardsPerClient
                    + " shards: use fewer clients or shards");
        }
    }

    private static List<FederatedClient> make(Dataset data, List<List<Integer>> rows) {
        List<FederatedClient> made = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            int[] mine = rows.get(k).stream().mapToInt(Integer::intValue).sorted().toArray();
            made.add(new FederatedClient("client " + (k + 1), data.rows(mine)));
        }
        return made;
    }

    /**
     * The clients, in order.
     *
     * @return the clients (read-only)
     */
    public List<FederatedClient> clients() {
        return clients;
    }

    /**
     * How the rows were dealt, for example {@code "IID"}.
     *
     * @return the kind of split
     */
    public String kind() {
        return kind;
    }

    /**
     * How many rows of each class every client holds.
     *
     * @return a table with columns {@code client}, {@code rows}, then one column per class
     */
    public Table table() {
        Dataset any = clients.get(0).data();
        StringColumn name = StringColumn.create("client");
        IntColumn rows = IntColumn.create("rows");
        Table table = Table.create("Clients: " + kind, name, rows);
        List<IntColumn> perClass = new ArrayList<>();
        for (String className : any.classNames()) {
            IntColumn column = IntColumn.create(className);
            perClass.add(column);
            table.addColumns(column);
        }
        for (FederatedClient client : clients) {
            name.append(client.name());
            rows.append(client.size());
            int[] counts = new int[perClass.size()];
            for (int label : client.data().y()) {
                counts[label]++;
            }
            for (int c = 0; c < counts.length; c++) {
                perClass.get(c).append(counts[c]);
            }
        }
        return table;
    }

    @Override
    public String toString() {
        return "ClientSplit[" + kind + ", " + clients.size() + " clients]";
    }
}

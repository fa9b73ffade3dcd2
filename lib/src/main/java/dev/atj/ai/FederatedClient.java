package dev.atj.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One simulated participant of federated learning (a phone, a hospital) and the training
 * rows that never leave it. Made by {@link ClientSplit}, or directly for a hand-made setup.
 *
 * <pre>{@code
 * FederatedClient hospital = new FederatedClient("Hospital A", trainRows);
 * FederatedClient everyone = FederatedClient.pooled(split.clients());   // what a central server would hold
 * }</pre>
 *
 * @param name how the client is called in tables and in secure aggregation
 * @param data its training rows
 */
public record FederatedClient(String name, Dataset data) {
    /**
     * Checks the parts.
     *
     * @param name the client's name
     * @param data its rows, at least one
     * @throws IllegalArgumentException if the client has no rows
     */
    public FederatedClient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        if (data.size() == 0) {
            throw new IllegalArgumentException("Client " + name + " has no training rows: give it at least one");
        }
    }

    /**
     * How many training rows the client holds: its weight in the average.
     *
     * @return the row count
     */
    public int size() {
        return data.size();
    }

    /**
     * All clients' rows in one data set, in client order: the data a central server would
     * need for ordinary, centralised training.
     *
     * @param clients the clients, at least one, all with the same features and classes
     * @return the pooled rows, as a client named {@code "pooled"}
     * @throws IllegalArgumentException if the list is empty or the clients' columns differ
     */
    public static FederatedClient pooled(List<FederatedClient> clients) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("No clients to pool: give at least one");
        }
        Dataset first = clients.get(0).data();
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (FederatedClient client : clients) {
            Dataset d = client.data();
            if (!d.featureNames().equals(first.featureNames()) || !d.classNames().equals(first.classNames())) {
                throw new IllegalArgumentException("Client " + client.name() + " has other features or classes than "
                        + clients.get(0).name() + ": all clients must share one table layout");
            }
            for (int i = 0; i < d.size(); i++) {
                x.add(d.x()[i]);
                y.add(d.y()[i]);
            }
        }
        return new FederatedClient("pooled", new Dataset(x.toArray(double[][]::new),
                y.stream().mapToInt(Integer::intValue).toArray(), first.featureNames(), first.classNames(),
                first.labelName(), 0));
    }

    @Override
    public String toString() {
        return "FederatedClient[" + name + ", " + size() + " rows]";
    }
}

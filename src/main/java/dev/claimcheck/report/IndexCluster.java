package dev.claimcheck.report;

import java.util.List;

/**
 * Articles of a batch that share passages, for the index's clustering view: linked when one has a copied or
 * credited passage found in another.
 */
public record IndexCluster(List<Member> members) {
    public IndexCluster {
        members = List.copyOf(members);
    }

    /**
     * @param passages shared passages the article's report names
     * @param share    the share of the article's text inside those passages (0-1)
     */
    public record Member(String title, String href, int passages, double share) {
    }

    /** Groups articles into clusters: {@code links} holds pairs of indices into {@code members} that share text. */
    public static List<IndexCluster> of(List<Member> members, List<int[]> links) {
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] l : links) {
            parent[find(parent, l[0])] = find(parent, l[1]);
        }
        java.util.Map<Integer, List<Member>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new java.util.ArrayList<>()).add(members.get(i));
        }
        return groups.values().stream().filter(g -> g.size() > 1)
                .sorted(java.util.Comparator.comparingInt((List<Member> g) -> -g.size()))
                .map(IndexCluster::new).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

package org.strategyworkbench.dataset.synthetic;

/**
 * How large a synthetic workspace is, and the seed that makes it repeatable. Immutable.
 *
 * @param commitments how many commitments, at least 1
 * @param allies how many allies, 1 to {@value #MAX_ALLIES}: the 32 NATO allies first, then
 *     synthetic ones with user-assigned ISO codes
 * @param actions how many actions, spread over the allies and commitments
 * @param milestones how many milestones, each towards a commitment
 * @param seed the seed: the same size and seed always give the same workspace
 * @since 1.0
 */
public record SyntheticSize(int commitments, int allies, int actions, int milestones, long seed) {

    /** The most allies a synthetic workspace can have: 32 real ones and the codes XAA to XZZ. */
    public static final int MAX_ALLIES = 32 + 26 * 26;

    /** The scale the workspace is built for: 5,000 commitments, 32 allies, 160,000 actions, 20,000 milestones. */
    public static final SyntheticSize SCALE = new SyntheticSize(5_000, 32, 160_000, 20_000, 1);

    /**
     * Creates a size.
     *
     * @param commitments how many commitments, at least 1
     * @param allies how many allies, 1 to {@value #MAX_ALLIES}
     * @param actions how many actions, 0 or more
     * @param milestones how many milestones, 0 or more
     * @param seed the seed; any value
     * @throws IllegalArgumentException when a count is out of its range
     */
    public SyntheticSize {
        if (commitments < 1) {
            throw new IllegalArgumentException("a synthetic workspace needs at least one commitment");
        }
        if (allies < 1 || allies > MAX_ALLIES) {
            throw new IllegalArgumentException("allies must be between 1 and " + MAX_ALLIES + ", not " + allies);
        }
        if (actions < 0 || milestones < 0) {
            throw new IllegalArgumentException("actions and milestones cannot be negative");
        }
    }
}

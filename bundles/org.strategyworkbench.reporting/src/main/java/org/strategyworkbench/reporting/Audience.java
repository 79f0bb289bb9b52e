package org.strategyworkbench.reporting;

import java.util.List;

/**
 * Who a workbook is for: the release markings its readers may see, and the banner printed on
 * every page. Records carry a marking ({@code ""} when releasable to everyone); a workbook for an
 * audience leaves out every record whose marking the audience may not see.
 *
 * @param name the audience's name and id, for example {@code "public"}
 * @param markings the markings this audience may see; {@code ""} stands for unmarked records and
 *        {@code "*"} for every marking
 * @param banner the text printed in the header of every page, for example "RELEASABLE TO PUBLIC"
 * @since 1.0
 */
public record Audience(String name, List<String> markings, String banner) {

    /**
     * Creates an audience.
     *
     * @param name the audience's name and id: lower-case letters, digits and hyphens
     * @param markings the markings this audience may see, at least one; null is taken as none,
     *        copied
     * @param banner the text printed in the header of every page; null is taken as empty
     */
    public Audience {
        markings = markings == null ? List.of() : List.copyOf(markings);
        banner = banner == null ? "" : banner;
    }

    /**
     * Whether a record with this marking may be shown to the audience.
     *
     * @param marking the record's release marking; null is taken as {@code ""} (unmarked)
     * @return true when the audience may see every marking ({@code "*"}) or this one
     */
    public boolean maySee(String marking) {
        return markings.contains("*") || markings.contains(marking == null ? "" : marking);
    }
}

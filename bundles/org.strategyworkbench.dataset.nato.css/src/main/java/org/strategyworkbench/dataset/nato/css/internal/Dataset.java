package org.strategyworkbench.dataset.nato.css.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.Strategy;
import org.strategyworkbench.milestones.Milestone;

/**
 * The embedded dataset, as read from {@code dataset/nato-css.json} in this bundle. Its texts are
 * the project's own words, written from sourced facts; each commitment and timeline event keeps
 * its provenance and source.
 *
 * @param strategy the strategy
 * @param commitments its commitments
 * @param allies the 32 allies
 * @param milestones the dated timeline of NATO's space policy
 */
record Dataset(Strategy strategy, List<Commitment> commitments, List<Ally> allies, List<Milestone> milestones) {

    static final String RESOURCE = "/dataset/nato-css.json";

    static Dataset load() {
        try (InputStream in = Dataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundle has no " + RESOURCE);
            }
            return JsonMapper.builder().addModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded NATO Commercial Space Strategy dataset cannot be read", e);
        }
    }
}

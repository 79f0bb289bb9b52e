package org.strategyworkbench.workbench.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PerspectiveLayout;

/**
 * What a perspective shows: the views its contribution places, the views that ask for it (or for
 * every perspective), and then the user's changes kept in the layout (views closed, opened, moved,
 * areas resized). Computed afresh from the live contributions each time a perspective is shown.
 */
final class PerspectivePlans {

    /** A perspective's arrangement: views by area in order, area sizes, and the views it names itself. */
    record Plan(LinkedHashMap<String, Area> places, Map<Area, Double> sizes, Set<String> own) {
    }

    private final Contributions contributions;
    private final Guard guard;
    private final LayoutState layout;
    private final Function<Contribution<?>, Object> services;

    PerspectivePlans(Contributions contributions, Guard guard, LayoutState layout, Function<Contribution<?>, Object> services) {
        this.contributions = contributions;
        this.guard = guard;
        this.layout = layout;
        this.services = services;
    }

    /** The plan of a perspective, or of none ({@code null}: only the views that ask for every perspective). */
    Plan plan(String id) {
        LinkedHashMap<String, Area> places = new LinkedHashMap<>();
        Map<Area, Double> sizes = new EnumMap<>(Area.class);
        Optional<Contribution<?>> contribution = id == null ? Optional.empty() : contributions.find(Contribution.Kind.PERSPECTIVE, id);
        contribution.ifPresent(c -> guard.run(c.bundle(), "Perspective '" + c.string("label", c.id()) + "'",
                () -> ((Perspective) services.apply(c)).layout(new PerspectiveLayout() {
                    @Override
                    public PerspectiveLayout place(String viewId, Area area) {
                        places.putIfAbsent(viewId, area);
                        return this;
                    }

                    @Override
                    public PerspectiveLayout size(Area area, double share) {
                        sizes.put(area, share);
                        return this;
                    }
                })));
        Set<String> own = new HashSet<>(places.keySet());
        String key = id == null ? "" : id;
        for (Contribution<?> view : contributions.all(Contribution.Kind.VIEW)) {
            List<String> wanted = view.strings("perspectives");
            if (wanted.contains("*") || wanted.contains(key)) {
                places.putIfAbsent(view.id(), defaultArea(view));
                own.add(view.id());
            }
        }
        if (id != null) {
            for (String opened : layout.opened(id)) {
                places.putIfAbsent(opened, contributions.find(Contribution.Kind.VIEW, opened).map(PerspectivePlans::defaultArea).orElse(Area.CENTER));
            }
            layout.closed(id).forEach(places::remove);
            places.replaceAll((view, area) -> layout.movedTo(id, view).orElse(area));
            for (Area area : Area.values()) {
                layout.size(id, area).ifPresent(share -> sizes.put(area, share));
            }
        }
        return new Plan(places, sizes, own);
    }

    /** The area a view asks for; the centre when it names none, or none that exists. */
    static Area defaultArea(Contribution<?> view) {
        try {
            return Area.valueOf(view.string("area", "CENTER").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Area.CENTER;
        }
    }
}

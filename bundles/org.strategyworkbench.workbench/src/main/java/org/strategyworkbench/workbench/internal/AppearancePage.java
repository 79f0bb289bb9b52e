package org.strategyworkbench.workbench.internal;

import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.PreferencePage;
import org.strategyworkbench.workbench.contribution.PreferencePageProperties;

/** Preferences › Appearance: the light or the dark theme. */
@Component(service = PreferencePage.class)
@PreferencePageProperties(id = "workbench.preferences.appearance", title = "Appearance", rank = 10)
public final class AppearancePage implements PreferencePage {

    private final WorkbenchImpl workbench;
    private JRadioButton light;
    private JRadioButton dark;

    @Activate
    public AppearancePage(@Reference WorkbenchImpl workbench) {
        this.workbench = workbench;
    }

    @Override
    public JComponent createControl(PartSite site) {
        light = new JRadioButton("Light");
        light.setMnemonic('L');
        dark = new JRadioButton("Dark");
        dark.setMnemonic('D');
        ButtonGroup group = new ButtonGroup();
        group.add(light);
        group.add(dark);
        boolean isDark = workbench.window().map(w -> "dark".equals(w.themeName())).orElse(false);
        (isDark ? dark : light).setSelected(true);
        JPanel panel = new JPanel(new GridLayout(0, 1, 0, 4));
        panel.setBorder(BorderFactory.createTitledBorder("Theme"));
        panel.add(light);
        panel.add(dark);
        JPanel outer = new JPanel(new java.awt.BorderLayout());
        outer.add(panel, java.awt.BorderLayout.NORTH);
        return outer;
    }

    @Override
    public String apply() {
        String theme = dark.isSelected() ? "dark" : "light";
        workbench.window().filter(w -> !w.themeName().equals(theme)).ifPresent(w -> w.theme(theme, true));
        return null;
    }

    @Override
    public void restoreDefaults() {
        light.setSelected(true);
    }
}

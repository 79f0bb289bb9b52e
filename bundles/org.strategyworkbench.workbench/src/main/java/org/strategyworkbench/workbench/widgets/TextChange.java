package org.strategyworkbench.workbench.widgets;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Runs an action after every change of a text field's text, typed or set: the usual way a search
 * or filter field refilters its view.
 *
 * @since 1.0
 */
public final class TextChange {

    private TextChange() {
    }

    /**
     * Calls {@code action} on the event thread after each insertion, removal or change of the text.
     * The action stays attached to the field's document for as long as the field has it.
     *
     * @param field the text field or area
     * @param action what to run; called within the document's change notification, on the thread
     *        that changed the text (the event dispatch thread in a Swing user interface), so it
     *        must not change the same document
     */
    public static void on(JTextComponent field, Runnable action) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        });
    }
}

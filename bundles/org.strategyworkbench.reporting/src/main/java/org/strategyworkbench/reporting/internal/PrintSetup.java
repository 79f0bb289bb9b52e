package org.strategyworkbench.reporting.internal;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;

import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * How every sheet prints: landscape A4, fit to one page wide, the title, the audience's banner
 * and the date in the page header, page numbers in the footer.
 */
final class PrintSetup {

    private PrintSetup() {
    }

    static void apply(SXSSFSheet sheet, String title, String banner, String asOf) {
        org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        Header header = sheet.getHeader();
        header.setLeft(escape(title) + " — " + escape(sheet.getSheetName()));
        header.setCenter(banner.isEmpty() ? "" : "&B" + escape(banner));
        header.setRight("As of " + asOf);
        Footer footer = sheet.getFooter();
        footer.setLeft(banner.isEmpty() ? "" : escape(banner));
        footer.setRight("Page &P of &N");
    }

    /** Header and footer texts treat {@code &} as a control character. */
    static String escape(String text) {
        return text.replace("&", "&&");
    }
}

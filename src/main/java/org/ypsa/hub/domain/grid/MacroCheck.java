package org.ypsa.hub.domain.grid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Looks inside an Office Open XML package for a VBA project without unpacking any part. */
public final class MacroCheck {
    private MacroCheck() {
    }

    public static boolean hasMacros(byte[] ooxml) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ooxml))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (e.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.ypsa.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * At least 150 bad mails, made the same way every run (a fixed seed): malformed MIME, wrong charsets, empty and
 * HTML-only bodies, attachments that lie about their type, zip bombs dressed as XLSX and DOCX, encrypted and
 * macro-enabled Office files, encrypted and huge PDFs, a 40 MB attachment, path-traversal file names, Camel,
 * JMS and Artemis headers, forged and lookalike senders. Each is a whole RFC 822 message as bytes (ISO-8859-1).
 */
public final class HostileCorpus {
    public record Mail(String kind, String eml) {
    }

    private static final String TO = "intake@ypsa.test";
    private final Random random = new Random(20261129L);
    private final List<Mail> mails = new ArrayList<>();
    private int n;

    private static List<Mail> build() {
        HostileCorpus c = new HostileCorpus();
        try {
            c.malformedMime();
            c.charsets();
            c.bodies();
            c.lyingAttachments();
            c.zipBombs();
            c.encryptedAndMacroOffice();
            c.pdfs();
            c.fileNames();
            c.internalHeaders();
            c.forgedSenders();
            c.hugeAttachment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(c.mails);
    }

    /** 40 MB of random blocks repeated every 300 base64 lines: as hard for the hub as any 40 MB, small in git. */
    private void hugeAttachment() throws IOException {
        byte[] block = bytes(57 * 300); // the repetition falls inside zlib's 32 KB window
        byte[] big = new byte[40 * 1024 * 1024];
        for (int i = 0; i < big.length; i += block.length) {
            System.arraycopy(block, 0, big, i, Math.min(block.length, big.length - i));
        }
        add("40 MB attachment", attachment("returns@response.provider.test", "voids.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", big));
    }

    /** Where the corpus is kept in the repository, one .eml file a mail; its name says what is wrong with it. */
    public static final Path FILES = Path.of("src/test/resources/hostile");

    /** The corpus as kept in the repository, in file order. */
    public static List<Mail> load() {
        try (Stream<Path> files = Files.list(FILES)) {
            List<Mail> out = new ArrayList<>();
            for (Path f : files.filter(x -> x.toString().endsWith(".eml")).sorted().toList()) {
                String name = f.getFileName().toString();
                out.add(new Mail(name.substring(4, name.length() - 4).replace('-', ' '),
                        new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the corpus to {@link #FILES} (run from the project folder; deterministic: the seed is fixed). */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(FILES);
        List<Mail> corpus = build();
        for (int i = 0; i < corpus.size(); i++) {
            String slug = corpus.get(i).kind().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            Files.write(FILES.resolve(String.format("%03d-%s.eml", i, slug)),
                    corpus.get(i).eml().getBytes(StandardCharsets.ISO_8859_1));
        }
        System.out.println(corpus.size() + " mails written to " + FILES);
    }

    private void add(String kind, String eml) {
        mails.add(new Mail(kind, eml));
    }

    private String headers(String from, String subject, String contentType) {
        n++;
        return "From: " + from + "\r\nTo: " + TO + "\r\nSubject: " + subject + " #" + n + "\r\nMessage-ID: <hostile-" + n
                + "-" + random.nextLong() + "@hostile.test>\r\nDate: Sun, 29 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n");
    }

    private String attachment(String from, String name, String type, byte[] bytes) {
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
        return headers(from, "Form attached", "multipart/mixed; boundary=\"hb\"") + "\r\n--hb\r\nContent-Type: "
                + "text/plain; charset=us-ascii\r\n\r\nPlease see attached.\r\n--hb\r\nContent-Type: " + type
                + "; name=\"" + name + "\"\r\nContent-Disposition: attachment; filename=\"" + name
                + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n--hb--\r\n";
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private void malformedMime() {
        String from = "returns@response.provider.test";
        add("multipart with no boundary", headers(from, "Void return", "multipart/mixed") + "\r\nno parts here\r\n");
        add("boundary never closed", headers(from, "Void return", "multipart/mixed; boundary=x") + "\r\n--x\r\n"
                + "Content-Type: text/plain\r\n\r\nProvider: Response\r\n");
        add("boundary never opened", headers(from, "Void return", "multipart/mixed; boundary=x") + "\r\nbody\r\n--x--\r\n");
        add("truncated base64", headers(from, "Void return", "multipart/mixed; boundary=x") + "\r\n--x\r\nContent-Type: "
                + "application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK%%%%!!!\r\n--x--\r\n");
        add("unknown transfer encoding", headers(from, "Void return", "text/plain") + "Content-Transfer-Encoding: x-rot13"
                + "\r\n\r\nCebivqre: Erfcbafr\r\n");
        add("no headers at all", "\r\n\r\nProvider: Response\r\n");
        add("binary junk", latin1(bytes(4000)));
        add("header line of 200 KB", headers(from, "x".repeat(200_000), "text/plain") + "\r\nhello\r\n");
        StringBuilder deep = new StringBuilder(headers(from, "Nested", "multipart/mixed; boundary=b0") + "\r\n");
        for (int i = 0; i < 60; i++) {
            deep.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=b").append(i + 1)
                    .append("\r\n\r\n");
        }
        deep.append("--b60\r\nContent-Type: text/plain\r\n\r\ndeep\r\n");
        add("multipart nested 60 deep", deep.toString());
        add("content type with no subtype", headers(from, "Void return", "application") + "\r\nabc\r\n");
        add("quoted-printable broken", headers(from, "Void return", "text/plain") + "Content-Transfer-Encoding: "
                + "quoted-printable\r\n\r\nProvider=3: Resp=ZZonse=\r\n=\r\n");
        add("encoded-word subject broken", "From: " + from + "\r\nTo: " + TO + "\r\nSubject: =?utf-8?B?!!!notbase64?=\r\n"
                + "Message-ID: <enc-" + random.nextLong() + "@h.test>\r\n\r\nhello\r\n");
        add("empty message", headers(from, "Empty", "text/plain"));
        for (int i = 0; i < 20; i++) {
            add("random MIME garbage " + i, headers(from, "Garbage", "multipart/mixed; boundary=g") + "\r\n--g\r\n"
                    + latin1(bytes(2000 + i * 500)) + "\r\n--g--\r\n");
        }
    }

    private void charsets() {
        String from = "returns@key2.provider.test";
        add("unknown charset", headers(from, "Void return", "text/plain; charset=x-klingon") + "\r\nProvider: Key2\r\n");
        add("utf-16 without BOM", headers(from, "Void return", "text/plain; charset=utf-16") + "\r\n"
                + latin1("Provider: Key2 Futures\r\n".getBytes(StandardCharsets.UTF_16LE)));
        add("latin-1 declared as utf-8", headers(from, "Void return", "text/plain; charset=utf-8") + "\r\n"
                + "Provider: Key2 Futures \u00e9\u00e8\u00ff\r\nWeek commencing: 30/11/2026\r\n");
        add("utf-8 declared as us-ascii", headers(from, "Void return", "text/plain; charset=us-ascii") + "\r\n"
                + latin1("Locality: Oxford \u2014 City \u00a3\r\n".getBytes(StandardCharsets.UTF_8)));
        add("charset with quotes and junk", headers(from, "Void return", "text/plain; charset=\"utf-8\"\"\";;;")
                + "\r\nhello\r\n");
        add("csv in windows-1252 named utf-8", attachment(from, "voids.csv", "text/csv; charset=utf-8",
                "Property reference;Locality\r\nK2F-CHE-01;Cherwell \u0080\u0099\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        for (String cs : List.of("ebcdic-cp-us", "iso-2022-jp", "koi8-r", "big5", "x-mac-roman")) {
            add("body in " + cs, headers(from, "Void return", "text/plain; charset=" + cs) + "\r\n"
                    + latin1(bytes(300)) + "\r\n");
        }
    }

    private void bodies() {
        String from = "r.okafor@council.test";
        add("empty body", headers(from, "Referral", "text/plain") + "\r\n");
        add("whitespace body", headers(from, "Referral", "text/plain") + "\r\n   \r\n\t\r\n");
        add("HTML only", headers(from, "Referral", "text/html") + "\r\n<html><body><p>Please call me</p></body></html>\r\n");
        add("HTML with script", headers(from, "Referral", "text/html") + "\r\n<script>alert(1)</script><img src=x "
                + "onerror=alert(2)><p>Young person's full name: <b>x</b></p>\r\n");
        add("HTML table of 5000 rows", headers("returns@response.provider.test", "Void return", "text/html")
                + "\r\n<table>" + "<tr><td>RSP-OXC-01</td><td>Oxford City</td></tr>".repeat(5000) + "</table>\r\n");
        add("HTML nested 2000 deep", headers(from, "Referral", "text/html") + "\r\n" + "<div>".repeat(2000) + "x"
                + "</div>".repeat(2000) + "\r\n");
        add("body of one 1 MB line", headers(from, "Referral", "text/plain") + "\r\n" + "a".repeat(1_000_000) + "\r\n");
        add("alternative with empty parts", headers(from, "Referral", "multipart/alternative; boundary=a") + "\r\n--a\r\n"
                + "Content-Type: text/plain\r\n\r\n\r\n--a\r\nContent-Type: text/html\r\n\r\n\r\n--a--\r\n");
        add("labels without values", headers(from, "Referral", "text/plain") + "\r\nYoung person's full name:\r\n"
                + "Date of birth:\r\nReferrer name:\r\n".repeat(50));
        add("form title only", headers(from, "Referral", "text/plain") + "\r\nSupported Accommodation Assessment and "
                + "Referral form\r\n");
    }

    private void lyingAttachments() throws IOException {
        String from = "returns@response.provider.test";
        byte[] pdf = pdf(1, false);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] xlsx = xlsx();
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        String docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        add("PDF named .xlsx", attachment(from, "voids.xlsx", xlsxType, pdf));
        add("PNG named .docx", attachment(from, "referral.docx", docxType, png));
        add("text named .pdf", attachment(from, "referral.pdf", "application/pdf", "just text".getBytes()));
        add("xlsx typed as image", attachment(from, "photo.png", "image/png", xlsx));
        add("xlsx named .csv", attachment(from, "voids.csv", "text/csv", xlsx));
        add("PDF named .csv", attachment(from, "voids.csv", "text/csv", pdf));
        add("empty .xlsx", attachment(from, "voids.xlsx", xlsxType, new byte[0]));
        add("empty .docx", attachment(from, "referral.docx", docxType, new byte[0]));
        add("empty .pdf", attachment(from, "referral.pdf", "application/pdf", new byte[0]));
        add("zip that is no Office file, named .docx", attachment(from, "referral.docx", docxType,
                zip("readme.txt", "hello".getBytes())));
        add("old binary .xls with junk", attachment(from, "voids.xls", "application/vnd.ms-excel", oleJunk()));
        add("old binary .doc", attachment(from, "referral.doc", "application/msword", oleJunk()));
        for (int i = 0; i < 20; i++) {
            String[] names = {"voids.xlsx", "referral.docx", "referral.pdf", "voids.csv"};
            String[] types = {xlsxType, docxType, "application/pdf", "text/csv"};
            add("random bytes as " + names[i % 4], attachment(from, names[i % 4], types[i % 4], bytes(5000 + 500 * i)));
        }
        add("PDF header then junk", attachment(from, "referral.pdf", "application/pdf",
                ("%PDF-1.7\n" + latin1(bytes(3000))).getBytes(StandardCharsets.ISO_8859_1)));
    }

    private void zipBombs() throws IOException {
        String from = "returns@response.provider.test";
        byte[] bombSheet = zipOfZeros(new String[] {"[Content_Types].xml", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml"}, 300L * 1024 * 1024);
        byte[] bombDoc = zipOfZeros(new String[] {"[Content_Types].xml", "word/document.xml"}, 300L * 1024 * 1024);
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        String docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        for (int i = 0; i < 4; i++) {
            add("zip bomb as XLSX " + i, attachment(from, "voids-" + i + ".xlsx", xlsxType, bombSheet));
            add("zip bomb as DOCX " + i, attachment("r.okafor@council.test", "referral-" + i + ".docx", docxType, bombDoc));
        }
        add("zip bomb as CSV name", attachment(from, "voids.csv", "text/csv", bombSheet));
        add("zip bomb with 10000 entries", attachment(from, "voids.xlsx", xlsxType, manyEntries(10_000)));
    }

    private void encryptedAndMacroOffice() throws IOException {
        String from = "returns@response.provider.test";
        byte[] xlsx = xlsx();
        byte[] locked = encrypt(xlsx);
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        for (int i = 0; i < 3; i++) {
            add("password-protected XLSX " + i, attachment(from, "voids-" + i + ".xlsx", xlsxType, locked));
            add("password-protected DOCX " + i, attachment("r.okafor@council.test", "referral-" + i + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", locked));
        }
        byte[] macro = withEntry(xlsx, "xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        add("macro-enabled XLSM", attachment(from, "voids.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", macro));
        add("macros hidden in .xlsx", attachment(from, "voids.xlsx", xlsxType, macro));
        add("macro-enabled DOCM", attachment("r.okafor@council.test", "referral.docm",
                "application/vnd.ms-word.document.macroEnabled.12", withEntry(zip("word/document.xml",
                        "<w:document/>".getBytes()), "word/vbaProject.bin", new byte[] {1, 2, 3})));
    }

    private void pdfs() throws IOException {
        String from = "r.okafor@council.test";
        byte[] encrypted = pdf(2, true);
        for (int i = 0; i < 3; i++) {
            add("encrypted PDF " + i, attachment(from, "referral-" + i + ".pdf", "application/pdf", encrypted));
        }
        add("PDF of 1500 pages", attachment(from, "referral.pdf", "application/pdf", pdf(1500, false)));
        add("PDF with broken xref", attachment(from, "referral.pdf", "application/pdf",
                latin1(pdf(1, false)).replace("xref", "xerf").getBytes(StandardCharsets.ISO_8859_1)));
        add("truncated PDF", attachment(from, "referral.pdf", "application/pdf",
                java.util.Arrays.copyOf(pdf(3, false), 600)));
    }

    private void fileNames() throws IOException {
        String from = "returns@response.provider.test";
        byte[] xlsx = xlsx();
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        for (String name : List.of("../../../../etc/passwd.xlsx", "..\\\\..\\\\windows\\\\system32\\\\voids.xlsx",
                "/etc/cron.d/voids.xlsx", "voids\u0000.exe.xlsx", "CON.xlsx", "a".repeat(1000) + ".xlsx",
                "voids.xlsx\r\nBcc: all@council.test", "%2e%2e%2fvoids.xlsx", "~/.ssh/authorized_keys.xlsx",
                "voids.xlsx.exe")) {
            add("file name " + name.substring(0, Math.min(30, name.length())), attachment(from, name, type, xlsx));
        }
    }

    private void internalHeaders() {
        String from = "returns@response.provider.test";
        for (String h : List.of("CamelFileName: ../../../tmp/owned", "CamelMailMoveTo: Trash",
                "CamelJmsDestinationName: hub.outbox", "JMSDestination: queue://hub.outbox", "JMSPriority: 9",
                "JMSXGroupID: x", "_AMQ_DUPL_ID: YPSA-00000-00000", "_AMQ_SCHED_DELIVERY: 1", "hubReference: YPSA-AAAAA-AAAAA",
                "hubClockKind: closed", "CamelHttpUri: http://evil.test/", "breadcrumbId: x")) {
            add("header " + h.substring(0, h.indexOf(':')), h + "\r\n" + headers(from, "Hello", "text/plain")
                    + "\r\nNot a form, with a header the hub must ignore.\r\n");
        }
    }

    private void forgedSenders() {
        String[] froms = {"\"Brokerage\" <brokerage@ypsa.test.evil.test>", "\"returns@response.provider.test\" <x@evil.test>",
            "returns@resp0nse.provider.test", "returns@response-provider.test", "returns@response.provider.test.evil.test",
            "returns@rnesponse.provider.test", "returns@xn--rspnse-9ua.provider.test", "", "<>", "not an address",
            "returns@response.provider.test, attacker@evil.test", "\"Jonah\" <j.pemberton-quaile@c0uncil.test>",
            "j.pemberton-quaile@council.test.evil.test", "someone@gmail.test", "duty@occ-ypsa.council.test@evil.test",
            "returns@RESPONSE.PROVIDER.TEST.evil.test", "\"OCC YPSA Duty\" <duty@occ-ypsa.counci1.test>",
            "returns@response.provider.tset", "returns@response.providers.test", "brokerage@ypsa.tst"};
        for (String from : froms) {
            add("forged sender " + from, headers(from, "Void return", "text/plain") + "\r\nProvider: Response\r\n"
                    + "Week commencing: 30/11/2026\r\n\r\nProperty reference: RSP-OXC-01\r\nLocality: Oxford City\r\n"
                    + "Service type: 18+ Shared\r\nTotal units: 4\r\nOccupied: 3\r\nVacant: 1\r\n");
        }
        add("reply-to elsewhere", "Reply-To: attacker@evil.test\r\n" + headers("someone@evil.test", "Referral",
                "text/plain") + "\r\nhello\r\n");
    }

    private byte[] bytes(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] withEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** Entries of zeros that inflate to the given size in all: a few hundred KB on the wire. */
    private static byte[] zipOfZeros(String[] names, long inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                OutputStream o = z;
                for (long left = inflated / names.length; left > 0; left -= zeros.length) {
                    o.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                z.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                z.write(' ');
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Voids");
            sheet.createRow(0).createCell(0).setCellValue("Property reference");
            sheet.createRow(1).createCell(0).setCellValue("RSP-OXC-01");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] oleJunk() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An Office file encrypted as Excel and Word do with a password (agile encryption in an OLE2 container). */
    private static byte[] encrypt(byte[] ooxml) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(ooxml);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(int pages, boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(50, 700);
                    cs.showText("Young person's full name: page " + i);
                    cs.endText();
                }
            }
            if (encrypted) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

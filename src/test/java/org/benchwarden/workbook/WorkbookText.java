package org.benchwarden.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every string and number anywhere in an xlsx file, for tests that check a workbook leaks nothing.
 * <p>
 * Two passes fill it. POI reads every sheet, hidden and very hidden ones included: cell text,
 * numeric cell values, cached formula results, formulas, sheet names, defined names with their
 * formulas, cell comments with their authors, headers and footers, and hyperlinks. Then every XML
 * part of the zip package, relationship parts included, is parsed and its text and attribute values
 * are added, which covers document properties (core, extended, custom), charts, drawings, pivot
 * caches and external links. The second pass also adds markup noise such as style ids and
 * namespaces, so {@link #strings()} over-reports: a leak test may get a false alarm, never a miss.
 * <p>
 * Numbers are kept as {@link BigDecimal} without trailing zeros and compared by value. Numeric
 * cells and any collected string that is a plain number count. Numbers in worksheet, style, theme
 * and workbook markup do not, because those are row numbers and style indices.
 * <p>
 * Immutable once read.
 */
public final class WorkbookText {

	private final Set<String> strings;

	private final Set<BigDecimal> numbers;

	private WorkbookText(Set<String> strings, Set<BigDecimal> numbers) {
		this.strings = Collections.unmodifiableSet(strings);
		this.numbers = Collections.unmodifiableSet(numbers);
	}

	/** Reads every string and number in the workbook file. */
	public static WorkbookText read(Path xlsx) throws IOException {
		Set<String> strings = new LinkedHashSet<>();
		Set<BigDecimal> numbers = new TreeSet<>();
		readWithPoi(xlsx, strings, numbers);
		// Numbers in text are taken here only from what POI read. The package pass below adds them
		// itself, part by part, so that row numbers in layout markup do not count.
		for (String text : strings) {
			addIfNumber(text, numbers);
		}
		readPackageParts(xlsx, strings, numbers);
		return new WorkbookText(strings, numbers);
	}

	/** Returns every string found, in the order found. */
	public Set<String> strings() {
		return this.strings;
	}

	/** Returns every number found, ordered by value. */
	public Set<BigDecimal> numbers() {
		return this.numbers;
	}

	/** Returns whether any collected string contains the text, ignoring case. */
	public boolean contains(String text) {
		String wanted = text.toLowerCase(Locale.ROOT);
		return this.strings.stream().anyMatch((found) -> found.toLowerCase(Locale.ROOT).contains(wanted));
	}

	/** Returns whether the number was found, compared by value so that 12 equals 12.0. */
	public boolean containsNumber(BigDecimal number) {
		return this.numbers.contains(number.stripTrailingZeros());
	}

	public boolean containsNumber(double number) {
		return containsNumber(new BigDecimal(Double.toString(number)));
	}

	private static void readWithPoi(Path xlsx, Set<String> strings, Set<BigDecimal> numbers) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Name name : workbook.getAllNames()) {
				add(strings, name.getNameName());
				add(strings, name.getRefersToFormula());
				add(strings, name.getComment());
			}
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				XSSFSheet sheet = workbook.getSheetAt(index);
				add(strings, sheet.getSheetName());
				readCells(sheet, strings, numbers);
				for (Map.Entry<CellAddress, XSSFComment> comment : sheet.getCellComments().entrySet()) {
					add(strings, comment.getValue().getString().getString());
					add(strings, comment.getValue().getAuthor());
				}
				for (XSSFHyperlink link : sheet.getHyperlinkList()) {
					add(strings, link.getAddress());
					add(strings, link.getLabel());
					add(strings, link.getLocation());
					add(strings, link.getTooltip());
				}
				for (HeaderFooter part : new HeaderFooter[] { sheet.getOddHeader(), sheet.getEvenHeader(),
						sheet.getFirstHeader(), sheet.getOddFooter(), sheet.getEvenFooter(), sheet.getFirstFooter() }) {
					add(strings, part.getLeft());
					add(strings, part.getCenter());
					add(strings, part.getRight());
				}
			}
		}
	}

	private static void readCells(XSSFSheet sheet, Set<String> strings, Set<BigDecimal> numbers) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				CellType type = cell.getCellType();
				if (type == CellType.FORMULA) {
					add(strings, cell.getCellFormula());
					type = cell.getCachedFormulaResultType();
				}
				switch (type) {
					case NUMERIC -> numbers.add(new BigDecimal(Double.toString(cell.getNumericCellValue()))
						.stripTrailingZeros());
					case STRING -> add(strings, cell.getRichStringCellValue().getString());
					case BOOLEAN -> add(strings, Boolean.toString(cell.getBooleanCellValue()));
					case ERROR -> add(strings, ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getErrorCellString());
					default -> {
					}
				}
			}
		}
	}

	private static void readPackageParts(Path xlsx, Set<String> strings, Set<BigDecimal> numbers)
			throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				add(strings, name);
				if (entry.isDirectory() || !isMarkup(name)) {
					continue;
				}
				String xml;
				try (InputStream in = zip.getInputStream(entry)) {
					xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				Set<String> partStrings = new LinkedHashSet<>();
				parseMarkup(xml, partStrings);
				strings.addAll(partStrings);
				if (!isLayoutPart(name)) {
					for (String text : partStrings) {
						addIfNumber(text, numbers);
					}
				}
			}
		}
	}

	private static boolean isMarkup(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
	}

	/** Parts whose numbers are row numbers, indices and sizes rather than data. */
	private static boolean isLayoutPart(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("xl/worksheets/") || lower.startsWith("xl/styles") || lower.startsWith("xl/theme/")
				|| lower.equals("xl/workbook.xml") || lower.startsWith("xl/drawings/")
				|| lower.equals("[content_types].xml") || lower.endsWith(".rels");
	}

	/**
	 * Adds every text node and attribute value. VML is often not well-formed XML, so a part the parser
	 * rejects falls back to the text between tags and the quoted attribute values.
	 */
	private static void parseMarkup(String xml, Set<String> strings) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			SAXParser parser = factory.newSAXParser();
			parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler() {

				private final StringBuilder text = new StringBuilder();

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					flush();
					for (int index = 0; index < attributes.getLength(); index++) {
						add(strings, attributes.getValue(index));
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					flush();
				}

				@Override
				public void characters(char[] buffer, int start, int length) {
					this.text.append(buffer, start, length);
				}

				private void flush() {
					add(strings, this.text.toString());
					this.text.setLength(0);
				}

			});
		}
		catch (SAXException | ParserConfigurationException | IOException ex) {
			for (String piece : xml.split("<[^>]*>")) {
				add(strings, piece);
			}
			java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("=\"([^\"]*)\"").matcher(xml);
			while (attribute.find()) {
				add(strings, attribute.group(1));
			}
		}
	}

	private static void add(Set<String> strings, String text) {
		if (text != null && !text.isBlank()) {
			strings.add(text.strip());
		}
	}

	private static void addIfNumber(String text, Set<BigDecimal> numbers) {
		String candidate = text.strip().replace(",", "");
		if (candidate.isEmpty() || candidate.length() > 40 || !candidate.matches("[-+]?\\d*\\.?\\d+([eE][-+]?\\d+)?")) {
			return;
		}
		numbers.add(new BigDecimal(candidate).stripTrailingZeros());
	}

}

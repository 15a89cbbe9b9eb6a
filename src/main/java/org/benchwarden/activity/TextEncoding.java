package org.benchwarden.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides how to decode an activity file. A file is read as UTF-8 when every byte sequence is
 * valid UTF-8, and otherwise as Windows-1252, which is what Excel writes when it saves "CSV
 * (Comma delimited)" on an English Windows machine. A file that is valid as neither is rejected.
 * The check streams the file once in fixed-size blocks, so it never holds the file in memory.
 */
final class TextEncoding {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int BLOCK_BYTES = 64 * 1024;

	private static final byte[] UTF8_BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Start of a zip archive, which an .xlsx, .xlsm or .ods file is. */
	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	/** Start of an OLE2 compound file, which an .xls file from Excel 97-2003 is. */
	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
			(byte) 0xB1, 0x1A, (byte) 0xE1 };

	private TextEncoding() {
	}

	/** Returns whether the file starts with the UTF-8 byte order mark {@code EF BB BF}. */
	static boolean startsWithByteOrderMark(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(UTF8_BYTE_ORDER_MARK.length);
			return start.length == UTF8_BYTE_ORDER_MARK.length && start[0] == UTF8_BYTE_ORDER_MARK[0]
					&& start[1] == UTF8_BYTE_ORDER_MARK[1] && start[2] == UTF8_BYTE_ORDER_MARK[2];
		}
	}

	/**
	 * Returns what kind of spreadsheet the file is, for the rejection message, when it starts with the
	 * signature of a zip archive or an OLE2 compound file. No CSV text starts with either.
	 */
	static Optional<String> spreadsheetKind(Path file) throws IOException {
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(OLE2_SIGNATURE.length);
		}
		if (startsWith(start, ZIP_SIGNATURE)) {
			return Optional.of("a zip archive, as an .xlsx or .ods workbook is");
		}
		if (startsWith(start, OLE2_SIGNATURE)) {
			return Optional.of("an Excel 97-2003 .xls workbook");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/**
	 * Returns the charset the file decodes in without error: UTF-8 first, then Windows-1252.
	 * @throws CharacterCodingException with the byte offset when neither decodes the file
	 */
	static Charset detect(Path file) throws IOException {
		long utf8Failure = firstUndecodableByte(file, StandardCharsets.UTF_8);
		if (utf8Failure < 0) {
			return StandardCharsets.UTF_8;
		}
		long windows1252Failure = firstUndecodableByte(file, WINDOWS_1252);
		if (windows1252Failure < 0) {
			return WINDOWS_1252;
		}
		throw new UndecodableTextException(utf8Failure);
	}

	/** Returns the offset of the first byte the charset cannot decode, or -1 when all decode. */
	private static long firstUndecodableByte(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(BLOCK_BYTES);
		CharBuffer chars = CharBuffer.allocate(BLOCK_BYTES);
		long consumedBefore = 0;
		try (InputStream in = Files.newInputStream(file)) {
			boolean endOfInput = false;
			while (!endOfInput) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read < 0) {
					endOfInput = true;
				}
				else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				int startPosition = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, endOfInput);
				if (result.isError()) {
					return consumedBefore + bytes.position() - startPosition;
				}
				consumedBefore += bytes.position() - startPosition;
				chars.clear();
				bytes.compact();
			}
			CoderResult flushed = decoder.flush(chars);
			return flushed.isError() ? consumedBefore : -1;
		}
	}

	/** Thrown when the file decodes neither as UTF-8 nor as Windows-1252. */
	static final class UndecodableTextException extends CharacterCodingException {

		private final long byteOffset;

		UndecodableTextException(long byteOffset) {
			this.byteOffset = byteOffset;
		}

		long byteOffset() {
			return this.byteOffset;
		}

	}

}

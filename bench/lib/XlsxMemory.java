import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap while reading one XLSX (bench/xlsx-memory): "generate FILE MB" writes a workbook of
 * about MB megabytes (enterprise columns, inline strings); "usermodel FILE" reads it as the
 * import did before (POI's WorkbookFactory: a DOM of the sheet); "streaming FILE" reads it as it
 * does now (vn.binhyen.shared.TabularFile: XSSFReader + SAX). Prints the peak of the heap pools.
 */
public class XlsxMemory {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		switch (args[0]) {
			case "generate" -> generate(file, Long.parseLong(args[2]) * 1024 * 1024);
			case "usermodel" -> {
				reset();
				int rows = 0;
				try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
					var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
					for (var row : workbook.getSheetAt(0)) {
						for (var cell : row) {
							formatter.formatCellValue(cell);
						}
						rows++;
					}
				}
				report("usermodel (before)", file, rows);
			}
			case "streaming" -> {
				reset();
				var table = vn.binhyen.shared.TabularFile.read(Files.readAllBytes(file), 2_000_000);
				report("streaming (now)", file, table.lines().size() + 1);
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static void generate(Path file, long bytes) throws Exception {
		int rows = 0;
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
			var sheet = workbook.createSheet("DN");
			String[] header = { "tax_code", "name", "address", "commune_code", "sector", "workers", "ownership", "zone_code" };
			var head = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				head.createCell(c).setCellValue(header[c]);
			}
			java.util.Random random = new java.util.Random(7);
			// about 65 bytes of compressed XLSX per row of these values (a run of 2 December: 279,620 rows, 18.2 MB)
			long target = bytes / 65;
			for (int r = 1; r <= target; r++) {
				var row = sheet.createRow(r);
				row.createCell(0).setCellValue(String.format("%010d", 100000000L + random.nextInt(899999999)));
				row.createCell(1).setCellValue("Công ty TNHH " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
				row.createCell(2).setCellValue("Số " + random.nextInt(999) + " đường " + Long.toString(random.nextInt() & 0xffffff, 36));
				row.createCell(3).setCellValue(String.valueOf(14000 + random.nextInt(900)));
				row.createCell(4).setCellValue("C" + (10 + random.nextInt(20)));
				row.createCell(5).setCellValue(random.nextInt(5000));
				row.createCell(6).setCellValue(random.nextBoolean() ? "PRIVATE" : "FDI");
				row.createCell(7).setCellValue("");
				rows = r;
			}
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		System.out.printf("generated %s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
	}

	static void reset() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	static void report(String how, Path file, int rows) throws Exception {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("%-20s %,d bytes of XLSX, %,d rows: peak heap %,d MB%n", how, Files.size(file), rows, peak / (1024 * 1024));
	}
}

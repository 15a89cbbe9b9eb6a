package org.benchwarden.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics that activity files may carry, with the column names that a practice export uses for
 * each. The built-in catalogue comes from {@code metric-catalogue.yml} beside this class, and a job
 * may add its own metrics from a file of the same shape (see docs/activity-formats.md). Immutable,
 * and so safe to share between threads.
 */
public final class MetricCatalogue {

	private static final String BUILT_IN_RESOURCE = "metric-catalogue.yml";

	private final Map<String, Metric> metricsByCode;

	private final Map<String, Metric> metricsByColumn;

	private MetricCatalogue(Map<String, Metric> metricsByCode, Map<String, Metric> metricsByColumn) {
		this.metricsByCode = Collections.unmodifiableMap(metricsByCode);
		this.metricsByColumn = Collections.unmodifiableMap(metricsByColumn);
	}

	/**
	 * Returns the catalogue shipped with Benchwarden: the QOF prevalence condition groups, the GPAD
	 * appointment metrics, consultations and list size.
	 * @throws IllegalStateException when the resource is missing or invalid, which is a build fault
	 */
	public static MetricCatalogue builtIn() {
		try (InputStream in = MetricCatalogue.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("resource " + BUILT_IN_RESOURCE + " is missing from the class path");
			}
			List<MetricCatalogueEntries.Entry> entries = MetricCatalogueEntries.read(BUILT_IN_RESOURCE,
					new InputStreamReader(in, StandardCharsets.UTF_8));
			return new MetricCatalogue(new LinkedHashMap<>(), new LinkedHashMap<>()).plus(BUILT_IN_RESOURCE, entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * Returns a catalogue with the metrics of a job's YAML file added to these.
	 * @throws IllegalArgumentException naming the file and entry when an entry is invalid or its
	 * code or column name is already in the catalogue
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public MetricCatalogue withAdditions(Path yamlFile) {
		String fileName = yamlFile.getFileName().toString();
		try (Reader reader = Files.newBufferedReader(yamlFile, StandardCharsets.UTF_8)) {
			return plus(fileName, MetricCatalogueEntries.read(fileName, reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(fileName + ": cannot read the metric catalogue file", ex);
		}
	}

	/** Returns the metric with this code; codes are upper case, as in {@code QOF_PREV_AF}. */
	public Optional<Metric> find(String code) {
		return Optional.ofNullable(this.metricsByCode.get(code));
	}

	/**
	 * Returns the metric whose {@code columns} include this header name, compared without case,
	 * spaces or underscores.
	 */
	public Optional<Metric> findByColumn(String columnName) {
		return Optional.ofNullable(this.metricsByColumn.get(HeaderNames.normalise(columnName)));
	}

	/** Returns every metric in the order the catalogue files list them. */
	public Collection<Metric> all() {
		return this.metricsByCode.values();
	}

	private MetricCatalogue plus(String fileName, List<MetricCatalogueEntries.Entry> entries) {
		Map<String, Metric> byCode = new LinkedHashMap<>(this.metricsByCode);
		Map<String, Metric> byColumn = new LinkedHashMap<>(this.metricsByColumn);
		for (MetricCatalogueEntries.Entry entry : entries) {
			Metric metric = entry.metric();
			if (byCode.containsKey(metric.code())) {
				throw new IllegalArgumentException(fileName + " entry " + entry.number() + ": metric code \""
						+ metric.code() + "\" is already in the catalogue; give the metric another code or remove the entry");
			}
			byCode.put(metric.code(), metric);
			for (String column : entry.columns()) {
				Metric other = byColumn.putIfAbsent(HeaderNames.normalise(column), metric);
				if (other != null && other != metric) {
					throw new IllegalArgumentException(fileName + " entry " + entry.number() + " (" + metric.code()
							+ "): column \"" + column + "\" already belongs to metric " + other.code()
							+ "; a column can feed only one metric, so remove it from one of them");
				}
			}
		}
		return new MetricCatalogue(byCode, byColumn);
	}

}

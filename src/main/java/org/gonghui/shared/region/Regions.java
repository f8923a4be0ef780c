package org.gonghui.shared.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Administrative region codes (GB/T 2260, six digits): provinces {@code 110000}, cities
 * {@code 110100}, counties {@code 110101}. Loaded once from the bundled NBS 2023 list.
 */
@Component
public class Regions {

	private final Map<String, Region> byCode;

	public Regions() {
		Map<String, Region> regions = new LinkedHashMap<>();
		for (String[] cols : read("provinces.csv")) {
			regions.put(cols[0] + "0000", new Region(cols[0] + "0000", cols[1], null));
		}
		for (String[] cols : read("cities.csv")) {
			regions.put(cols[0] + "00", new Region(cols[0] + "00", cols[1], cols[2] + "0000"));
		}
		for (String[] cols : read("areas.csv")) {
			regions.put(cols[0], new Region(cols[0], cols[1], cols[2] + "00"));
		}
		this.byCode = Collections.unmodifiableMap(regions);
	}

	public Optional<Region> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** The name with its parents, e.g. 湖北省 武汉市 江岸区. */
	public String fullName(String code) {
		List<String> names = new ArrayList<>();
		Region region = this.byCode.get(code);
		while (region != null) {
			if (!"市辖区".equals(region.name())) {
				names.add(0, region.name());
			}
			region = region.parentCode() == null ? null : this.byCode.get(region.parentCode());
		}
		return names.isEmpty() ? code : String.join(" ", names);
	}

	public List<Region> children(String parentCode) {
		return this.byCode.values().stream().filter(r -> parentCode.equals(r.parentCode())).toList();
	}

	private static List<String[]> read(String file) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("regions/" + file).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					rows.add(line.replace("\"", "").split(","));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** A region with the code of the region it lies in ({@code null} for a province). */
	public record Region(String code, String name, @Nullable String parentCode) {
	}

}

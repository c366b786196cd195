package org.chinatechgraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The JSON Schemas in {@code facts/schema}, to check documents against in tests. */
public final class JsonSchemas {

	private JsonSchemas() {
	}

	public static Schema load(String name) {
		try {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(Files.readString(Path.of("facts/schema", name)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The problems of a JSON document against a schema; empty when it is valid. */
	public static List<String> problems(Schema schema, String json) {
		return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
	}

}

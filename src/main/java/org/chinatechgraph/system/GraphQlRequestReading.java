package org.chinatechgraph.system;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * How {@code /graphql} reads a request body: as Spring for GraphQL does, except that a body of JSON {@code null},
 * which it would turn into an internal error (HTTP 500), is refused as the client mistake it is (HTTP 400).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlRequestReading {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper) {
		return new GraphQlHttpHandler(webGraphQlHandler, new RequestBodies(jsonMapper));
	}

	/** Reads and writes JSON with the service's mapper, and never hands on a missing request. */
	private static final class RequestBodies extends JacksonJsonHttpMessageConverter {

		RequestBodies(JsonMapper mapper) {
			super(mapper);
		}

		@Override
		public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
			return present(super.read(type, input, hints), input);
		}

		@Override
		protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
			return present(super.readInternal(type, input), input);
		}

		private static Object present(Object body, HttpInputMessage input) {
			if (body == null) {
				throw new HttpMessageNotReadableException("The request body is null; send a JSON object with a query",
						input);
			}
			return body;
		}

	}

}

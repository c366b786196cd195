package org.chinatechgraph.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

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
		return new AnsweredInPlace(webGraphQlHandler, new RequestBodies(jsonMapper));
	}

	/**
	 * Writes the response on the request's own thread when the operation has already run there, which it has
	 * whenever its data fetchers are synchronous (all of the service's are). Spring for GraphQL always answers
	 * through an asynchronous servlet response, which costs a second dispatch through the container per request.
	 * An operation still running is answered asynchronously, as before.
	 */
	private static final class AnsweredInPlace extends GraphQlHttpHandler {

		AnsweredInPlace(WebGraphQlHandler handler, HttpMessageConverter<Object> converter) {
			super(handler, converter);
		}

		@Override
		protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
			CompletableFuture<WebGraphQlResponse> result = responseMono.toFuture();
			ServerResponse response = super.prepareResponse(request, Mono.fromFuture(result));
			boolean ranHere = result.isDone() && !result.isCompletedExceptionally();
			return ranHere && response instanceof AsyncServerResponse async ? async.block() : response;
		}

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

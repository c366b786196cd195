package org.chinatechgraph.system.graphql;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * How {@code /graphql} reads a request body and writes its answer, both as Spring for GraphQL does, except that a
 * body of JSON {@code null}, which it would turn into an internal error (HTTP 500), is refused as the client
 * mistake it is (HTTP 400), and that a finished answer is written at once (see {@link AnsweredInPlace}).
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
	 *
	 * <p>The answer is status, headers and JSON body as Spring for GraphQL would write them, in a response of its
	 * own: each of Spring's ready-made responses asks for a logger when it is made, and that lookup takes a lock
	 * shared by the whole process, on which every request thread queued under load.
	 */
	private static final class AnsweredInPlace extends GraphQlHttpHandler {

		/** What Spring for GraphQL answers in, by the caller's {@code Accept}; JSON when it accepts none. */
		private static final List<MediaType> ANSWERED_IN = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
				MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

		AnsweredInPlace(WebGraphQlHandler handler, HttpMessageConverter<Object> converter) {
			super(handler, converter);
		}

		@Override
		protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
			CompletableFuture<WebGraphQlResponse> result = responseMono.toFuture();
			if (!result.isDone() || result.isCompletedExceptionally()) {
				return super.prepareResponse(request, Mono.fromFuture(result));
			}
			WebGraphQlResponse response = result.join();
			MediaType type = answeredIn(request);
			return new Answer(selectResponseStatus(response, type), response.getResponseHeaders(),
					getWriteFunction(response.toMap(), type));
		}

		private static MediaType answeredIn(ServerRequest request) {
			List<MediaType> accepted;
			try {
				accepted = request.headers().accept();
			}
			catch (InvalidMediaTypeException ex) {
				throw new NotAcceptableStatusException("Could not parse Accept header ["
						+ request.headers().firstHeader(HttpHeaders.ACCEPT) + "]: " + ex.getMessage());
			}
			return accepted.stream().filter(ANSWERED_IN::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
		}

	}

	/** A GraphQL answer: its status, headers, and how its body is written. */
	private record Answer(HttpStatus status, HttpHeaders headers, ServerResponse.HeadersBuilder.WriteFunction body)
			implements ServerResponse {

		@Override
		public HttpStatusCode statusCode() {
			return this.status;
		}

		@Override
		public MultiValueMap<String, Cookie> cookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		public ModelAndView writeTo(HttpServletRequest request, HttpServletResponse response, Context context)
				throws ServletException, IOException {
			response.setStatus(this.status.value());
			this.headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			try {
				return this.body.write(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new ServletException(ex);
			}
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

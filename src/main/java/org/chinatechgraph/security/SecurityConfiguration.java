package org.chinatechgraph.security;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what, in one filter chain. Queries are open (unless {@code ctg.security.open-reads=false}); each
 * mutation needs its {@link Role} ({@link Ingests}, {@link Curates}, checked by method security); the actuator shows
 * only the health status without credentials, and the rest to {@link Role#OPS}. Credentials are API keys (bearer
 * token or {@code X-API-Key}) and users with bcrypt-hashed passwords (HTTP Basic). No session is kept: every
 * request brings its credentials. Cross-site requests that could change something are refused
 * ({@link CrossSiteRequests}), and every answer carries the standard security headers. The commands that open the
 * store without serving HTTP need none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties,
			UserDetailsService users, @Value("${spring.graphql.cors.allowed-origins:}") List<String> corsOrigins,
			JsonMapper json, Environment environment) throws Exception {
		Refusals refusals = new Refusals(json);
		AuthenticationManager manager = authenticationManager(properties, users);
		AuthenticationFilter apiKeys = new AuthenticationFilter(manager, new Credentials());
		apiKeys.setSuccessHandler((request, response, authentication) -> {
		});
		apiKeys.setFailureHandler(refusals);
		http.authenticationManager(manager)
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new CrossSiteRequests(corsOrigins, refusals), BasicAuthenticationFilter.class)
			.addFilterBefore(apiKeys, BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(refusals))
			// no session at all: the credentials of each request are its own, kept in the request while it runs
			// (the actuator asks the servlet API's wrapper for the caller's roles, so that filter stays)
			.sessionManagement(session -> session.disable())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.cors(cors -> cors.configurationSource(graphQlCors(environment)))
			.headers(headers -> headers.frameOptions(frames -> frames.disable())
				// DENY unless a page has said otherwise (Neo4j Browser's lets its own origin frame it)
				.addHeaderWriter((request, response) -> {
					if (!response.containsHeader("X-Frame-Options")) {
						response.setHeader("X-Frame-Options", "DENY");
					}
				})
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.crossOriginResourcePolicy(resources -> resources.policy(CrossOriginResourcePolicy.SAME_ORIGIN)))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
				requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.OPS.name());
				if (!properties.openReads()) {
					requests.requestMatchers("/graphql", "/graphql/**").authenticated();
				}
				requests.anyRequest().permitAll();
			});
		return http.build();
	}

	/**
	 * The CORS rules of {@code spring.graphql.cors.*} on the GraphQL path, as Spring for GraphQL applies them to its
	 * route, handed to the chain's CORS filter directly: without a source of its own, the filter asks Spring MVC's
	 * handler mappings on every request which handler would answer (4% of a lookup's CPU at 8 clients).
	 */
	static CorsConfigurationSource graphQlCors(Environment environment) {
		var properties = Binder.get(environment)
			.bind("spring.graphql.cors", GraphQlCorsProperties.class)
			.orElseGet(GraphQlCorsProperties::new);
		var source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = properties.toCorsConfiguration();
		if (configuration != null) {
			source.registerCorsConfiguration(environment.getProperty("spring.graphql.http.path", "/graphql"),
					configuration);
		}
		return source;
	}

	/**
	 * The firewall every request passes, with its header checks done without regular expressions (the same strings
	 * allowed, see {@link HeaderCharacters}).
	 */
	@Bean
	static WebSecurityCustomizer firewall() {
		return web -> web.httpFirewall(HeaderCharacters.firewall());
	}

	/**
	 * No Micrometer observation around each filter of the chain, nor around authentication and authorization: they
	 * took a third of a lookup's CPU at 8 clients (a JFR profile of the query benchmark), and the requests' own
	 * metrics (GraphQL's and HTTP's) are kept.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	private static AuthenticationManager authenticationManager(SecurityProperties properties,
			UserDetailsService users) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(new BCryptPasswordEncoder());
		return new ProviderManager(new ApiKeyAuthentication.Provider(properties.apiKeys()), passwords);
	}

	/** The configured users, with their bcrypt hashes and roles. */
	@Bean
	UserDetailsService users(SecurityProperties properties) {
		return new InMemoryUserDetailsManager(properties.users()
			.stream()
			.map(user -> User.withUsername(user.name())
				.password(user.passwordHash())
				.authorities(Role.authorities(user.roles()))
				.build())
			.toList());
	}

}

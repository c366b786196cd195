package org.chinatechgraph.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the consoles' files: Neo4j Browser from its jar, and the bundled GraphiQL page. */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}

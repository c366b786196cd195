package org.chinatechgraph.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the consoles' files: the bundled GraphiQL page. */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}

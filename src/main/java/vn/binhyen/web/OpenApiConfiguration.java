package vn.binhyen.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's title and its two ways in: HTTP Basic and personal API tokens. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI binhYenOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Bình Yên API")
				.description("Labour-relations early warning and inter-agency coordination. Errors are RFC 9457 problem details.")
				.version("v1")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			// relative: the document describes whichever server answers it
			.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/").description("this server")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("Personal API token (by_...), created under 'Khóa API của tôi'")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}

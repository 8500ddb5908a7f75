package org.tuodi.server.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.DepartmentPrincipal;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): every
 * operation needs HTTP Basic ({@code basicAuth}) except those under {@code /api/v1/events}, which
 * need a department token ({@code departmentToken}). The {@code CurrentUser} and {@code
 * DepartmentPrincipal} parameters are resolved on the server and are not part of the API.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";
    static final String BEARER = "departmentToken";

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(CurrentUser.class, DepartmentPrincipal.class);
    }

    @Bean
    OpenAPI tuodiOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Tuodi (托底) API")
                                .version("v1")
                                .description(
                                        "Low-income population monitoring and early warning."
                                                + " Errors are RFC 9457 application/problem+json."))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        BASIC,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description("platform users"))
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .description(
                                                        "department feeds, token issued per"
                                                                + " department")))
                .security(List.of(new SecurityRequirement().addList(BASIC)));
    }

    /** Operations under /api/v1/events are called with a department token, not Basic. */
    @Bean
    OpenApiCustomizer departmentTokenOperations() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach(
                            (path, item) -> {
                                if (path.startsWith("/api/v1/events")) {
                                    item.readOperations()
                                            .forEach(
                                                    operation ->
                                                            operation.setSecurity(
                                                                    List.of(
                                                                            new SecurityRequirement()
                                                                                    .addList(
                                                                                            BEARER))));
                                }
                            });
        };
    }
}

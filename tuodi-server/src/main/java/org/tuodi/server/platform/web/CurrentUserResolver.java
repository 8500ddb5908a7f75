package org.tuodi.server.platform.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.internal.PlatformUserDetails;

/**
 * Lets a controller method take {@code CurrentUser user} as a parameter: the signed-in platform
 * user of the request. Without one (no user, or a department feed) the request is answered 401.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof PlatformUserDetails user) {
            return user.currentUser();
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in platform user");
    }
}

package org.tuodi.server.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.internal.PlatformUserDetails;

/**
 * Adds what the layout shows on every page to the model of a rendered view: the signed-in user
 * ({@code me}: name, role, the full name of the region) and the navigation entries of the user's
 * role ({@code nav}) with the current one marked. Redirects and bodies without a view get nothing.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final List<NavItem> items;
    private final RegionDirectory regions;

    LayoutModel(List<NavItem> items, RegionDirectory regions) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.regions = regions;
    }

    /** The user as the header shows it. */
    record Me(String username, String role, String regionCode, String regionName) {}

    /** A navigation entry for this request. */
    record Link(String messageKey, String path, boolean active) {}

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            ModelAndView mav) {
        if (mav == null || !mav.hasView() || isRedirect(mav)) {
            return;
        }
        addTo(mav, request);
    }

    /** Adds the user and the navigation to a page's model (also for error pages). */
    void addTo(ModelAndView mav, HttpServletRequest request) {
        CurrentUser user = currentUser();
        if (user == null) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        mav.addObject(
                "me",
                new Me(
                        user.username(),
                        user.role().name(),
                        user.region().value(),
                        regions.fullName(user.region())));
        mav.addObject(
                "nav",
                items.stream()
                        .filter(item -> item.roles().contains(user.role()))
                        .map(item -> new Link(item.messageKey(), item.path(), isUnder(path, item)))
                        .toList());
    }

    private static boolean isUnder(String path, NavItem item) {
        return path.equals(item.path()) || path.startsWith(item.path() + "/");
    }

    private static boolean isRedirect(ModelAndView mav) {
        return mav.getViewName() != null && mav.getViewName().startsWith("redirect:");
    }

    static CurrentUser currentUser() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof PlatformUserDetails details) {
            return details.currentUser();
        }
        return null;
    }
}

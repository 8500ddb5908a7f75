package org.tuodi.server.platform.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * 页面控制器: a controller of the web interface (server-rendered Thymeleaf pages and htmx fragments), as
 * opposed to the REST API's {@code @RestController}s. Its errors are answered as pages ({@link
 * PageErrors}) instead of problem+json, and its views get the layout's model ({@link LayoutModel}).
 * Put page controllers in a {@code ui} sub-package of the module they show.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}

package org.tuodi.server.platform.ui;

import org.springframework.web.bind.annotation.GetMapping;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;

/**
 * 首页 and 登录: the sign-in page, and the start page of each role after it: officers go to their
 * dashboard (工作台), village assistants to their tasks (我的任务), auditors to the audit trail (审计日志). A
 * department feed has no pages (403).
 */
@PageController
class HomeController {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/")
    String home(CurrentUser user) {
        if (user.role().isOfficer()) {
            return "redirect:/dashboard";
        }
        if (user.role() == Role.VILLAGE_ASSISTANT) {
            return "redirect:/tasks";
        }
        if (user.role() == Role.AUDITOR) {
            return "redirect:/audit";
        }
        throw new AccessDeniedProblem(
                "role " + user.role() + " has no pages (user " + user.id() + ")");
    }
}

package kz.aumaq.server.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /login}: the sign-in page (a static page in kk/ru/en; the form itself is Spring Security's {@code POST /login}). */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "forward:/login.html";
    }
}

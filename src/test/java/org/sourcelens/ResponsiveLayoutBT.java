package org.sourcelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sourcelens.assignment.ClassWorkFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main views at phone (390 px), tablet (768 px) and desktop (1280 px) width and with text at 200 %:
 * nothing scrolls sideways, no text is cut off, and the workspace puts the questions below the article
 * on a phone and beside it on a desktop. Screenshots of each go to target/screenshots.
 */
class ResponsiveLayoutBT extends BrowserTest {

    private static final List<Integer> WIDTHS = List.of(390, 768, 1280);

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    TestAccounts accounts;

    /** Elements whose text is cut off: they hide what overflows them and do overflow (visually hidden text aside). */
    private static final String CLIPPED = """
            const clipped = [];
            for (const e of document.querySelectorAll('body *')) {
              // Vaadin's own connection indicator keeps its hidden status text in a collapsed box.
              if (e.getClientRects().length === 0 || e.closest('.visually-hidden, vaadin-connection-indicator, .v-status-message')) continue;
              const s = getComputedStyle(e);
              const hides = (v) => v === 'hidden' || v === 'clip';
              if (!e.textContent.trim() || e.clientWidth <= 1) continue;
              // Text that sticks out of its block (a long word in a column too narrow) runs over its neighbours.
              if (e.matches('h1, h2, h3, p, li, dd, dt, label') && e.scrollWidth > e.clientWidth + 1) {
                clipped.push('sticks out: ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' '
                    + e.scrollWidth + '>' + e.clientWidth + ' "' + e.textContent.trim().slice(0, 40) + '"');
                continue;
              }
              if (!hides(s.overflowX) && !hides(s.overflowY)) continue;
              // Text kept for screen readers only (a chart's table) is meant to be clipped: measure without it.
              const hidden = [...e.querySelectorAll('.visually-hidden')];
              hidden.forEach(h => h.style.display = 'none');
              const cut = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
              hidden.forEach(h => h.style.display = '');
              if (cut) {
                clipped.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                    + ' ' + e.scrollWidth + '>' + e.clientWidth + ' / ' + e.scrollHeight + '>' + e.clientHeight
                    + ' "' + e.textContent.trim().slice(0, 40) + '"');
              }
            }
            return clipped;
            """;

    @Test
    void the_main_views_fit_phone_tablet_and_desktop_and_text_at_twice_the_size() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long assignment = work.assignmentId();
        long written = work.questionIds().get(2);
        accounts.signOut();
        driver.manage().deleteAllCookies();
        resize(1280, 900);

        check("login", "login", By.cssSelector("vaadin-login-form"));

        signIn(work.cat().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        check("classes", "classes", By.cssSelector("a[href^='classes/']"));
        check("assignments", "assignments", By.id("assignment-list"));
        check("reader", "read/" + assignment, By.id("highlight-panel"));
        check("workspace", "assignments/" + assignment, By.id("question-5"));
        workspaceStacksOnAPhoneAndSitsBesideOnADesktop(assignment);

        driver.manage().deleteAllCookies();
        signIn(work.setup().instructor().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/teach");
        check("dashboard", "teach/assignments/" + assignment, By.id("dashboard-counts"));
        check("grading", "teach/assignments/" + assignment + "/grade/" + written, By.id("grading-student"));
        soft.assertAll();
    }

    /** Every view at every width is checked before the test reports what does not fit. */
    private final org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();

    private void check(String name, String path, By ready) {
        for (int width : WIDTHS) {
            resize(width, 900);
            open(path);
            waitFor(ready);
            settle();
            screenshot("layout-" + name + "-" + width);
            soft.assertThat(horizontalOverflow()).as("%s at %d px scrolls sideways by (%s; %s)", name, width, lastScroller, widest())
                    .isLessThanOrEqualTo(1);
        }
        resize(1280, 900);
        open(path);
        waitFor(ready);
        script("document.documentElement.style.fontSize = '200%'");
        settle();
        screenshot("layout-" + name + "-1280-text-200");
        soft.assertThat(horizontalOverflow()).as("%s with text at 200 %% scrolls sideways by (%s; %s)", name, lastScroller, widest())
                .isLessThanOrEqualTo(1);
        soft.assertThat(clippedText()).as("%s with text at 200 %%: text cut off", name).isEmpty();
        script("document.documentElement.style.fontSize = ''");
    }

    @SuppressWarnings("unchecked")
    private void workspaceStacksOnAPhoneAndSitsBesideOnADesktop(long assignment) {
        resize(390, 844);
        open("assignments/" + assignment);
        waitFor(By.id("question-1"));
        settle();
        Map<String, Number> phone = positions();
        assertThat(phone.get("questionsTop").doubleValue()).as("questions below the article on a phone")
                .isGreaterThanOrEqualTo(phone.get("articleBottom").doubleValue() - 1);
        resize(1280, 900);
        settle();
        Map<String, Number> desktop = positions();
        assertThat(desktop.get("questionsLeft").doubleValue()).as("questions beside the article on a desktop")
                .isGreaterThanOrEqualTo(desktop.get("articleRight").doubleValue() - 1);
        assertThat(desktop.get("questionsTop").doubleValue()).as("questions start level with the article")
                .isLessThan(desktop.get("articleBottom").doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> positions() {
        return (Map<String, Number>) script("""
                const article = document.querySelector('.workspace-article').getBoundingClientRect();
                const questions = document.querySelector('.workspace-questions').getBoundingClientRect();
                return {articleBottom: article.bottom, articleRight: article.right,
                        questionsTop: questions.top, questionsLeft: questions.left};
                """);
    }

    /**
     * How far the page, or any box that scrolls (the app layout's content area, say, in a shadow root),
     * scrolls sideways. Boxes meant to scroll their own content (grids, text fields) do not count.
     */
    @SuppressWarnings("unchecked")
    private static long horizontalOverflow() {
        Map<String, Object> worst = (Map<String, Object>) script("""
                let worst = document.documentElement.scrollWidth - window.innerWidth;
                let where = 'the page';
                const visit = (root) => {
                  for (const e of root.querySelectorAll('*')) {
                    if (e.shadowRoot) visit(e.shadowRoot);
                    if (e.matches('textarea, input, vaadin-grid, vaadin-dev-tools, pre')) continue;
                    if (root.host && root.host.matches('vaadin-grid, vaadin-dev-tools, vaadin-text-area, vaadin-text-field')) continue;
                    const x = getComputedStyle(e).overflowX;
                    if (x !== 'auto' && x !== 'scroll') continue;
                    const extra = e.scrollWidth - e.clientWidth;
                    if (extra > worst) {
                      worst = extra;
                      const edge = e.getBoundingClientRect().left + e.clientWidth + 1;
                      const beyond = [...document.querySelectorAll('body *')].filter(c => c.getBoundingClientRect().right > edge
                          && ![...c.children].some(k => k.getBoundingClientRect().right > edge)).slice(0, 6)
                          .map(c => c.tagName.toLowerCase() + (c.id ? '#' + c.id : '') + '.' + c.className
                              + ' right=' + Math.round(c.getBoundingClientRect().right) + ' edge=' + Math.round(edge));
                      where = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                          + (root.host ? ' in ' + root.host.tagName.toLowerCase() : '') + ': ' + beyond.join(', ');
                    }
                  }
                };
                visit(document);
                return {worst, where};
                """);
        lastScroller = String.valueOf(worst.get("where"));
        return ((Number) worst.get("worst")).longValue();
    }

    private static String lastScroller = "";

    /** The innermost elements that reach past the right edge of the window, for the failure message. */
    private static Object widest() {
        return script("""
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && r.width > 0 && !e.closest('vaadin-grid, vaadin-app-layout > [slot=navbar]')
                      && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' right='
                        + Math.round(r.right));
                  }
                }
                return out.slice(0, 12).join('; ');
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> clippedText() {
        return (List<String>) script(CLIPPED);
    }

    /** Lets layout and Vaadin's resize handling finish. */
    private static void settle() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.sourcelens.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration in a real browser: the in-app sign-in must survive a reload (a real session, not just the UI). */
class RegistrationBT extends BrowserTest {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    @Test
    void new_student_registers_with_a_join_code_lands_in_the_class_and_stays_signed_in_after_a_reload() {
        accounts.signInAs(accounts.instructor().username());
        TaughtClass taught = classrooms.createClass("Browser class");
        accounts.signOut();

        driver.manage().deleteAllCookies();
        resize(1024, 900);
        open("register?code=" + taught.joinCode());
        waitFor(By.cssSelector("#username input")).sendKeys(TestAccounts.uniqueUsername("kai"));
        driver.findElement(By.cssSelector("#display-name input")).sendKeys("Kai");
        driver.findElement(By.cssSelector("#password input")).sendKeys("a-long-password");
        driver.findElement(By.cssSelector("#confirm-password input")).sendKeys("a-long-password", Keys.ENTER);

        waitForUrlContaining("/classes/" + taught.id());
        assertThat(waitFor(By.id("class-title")).getText()).isEqualTo("Browser class");

        driver.navigate().refresh();
        assertThat(waitFor(By.id("class-title")).getText()).isEqualTo("Browser class");
        assertThat(driver.getCurrentUrl()).doesNotContain("login");
    }
}

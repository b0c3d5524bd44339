package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Without the demo profile the app has its administrator and nothing else. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:sourcelens-nodemo;DB_CLOSE_DELAY=-1",
        "sourcelens.admin.password=",
        "sourcelens.admin.username=principal"})
@ActiveProfiles("test")
class NoDemoProfileIT {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void no_demo_account_exists_and_the_bootstrap_admin_has_a_generated_hashed_password() {
        assertThat(accounts.findAll()).extracting(UserAccount::getUsername).containsExactly("principal");
        UserAccount admin = accounts.findByUsernameIgnoreCase("principal").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Roles.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        // Not the demo administrator's password: without the demo profile nothing of it is used.
        assertThat(passwordEncoder.matches("demo-admin-2026", admin.getPasswordHash())).isFalse();
    }
}

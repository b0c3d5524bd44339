package org.sourcelens.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start there is no administrator: create one from configuration. Without a configured
 * password a random one is generated and printed once; there is no fixed default.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String username;
    private final String configuredPassword;

    AdminBootstrap(AccountService accounts, @Value("${sourcelens.admin.username:admin}") String username,
            @Value("${sourcelens.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.asAdministrator(() -> {
            if (!accounts.anyAccountWithRole(Roles.ADMIN)) {
                createAdministrator();
            }
            return null;
        });
    }

    private void createAdministrator() {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? AccountService.generatePassword() : configuredPassword;
        accounts.createAccount(username, "Administrator", password, Roles.ADMIN);
        if (generated) {
            log.warn("Created the administrator account \"{}\" with the one-time password {} "
                    + "- sign in and keep it safe; it is not shown again.", username, password);
        } else {
            log.info("Created the administrator account \"{}\" with the configured password.", username);
        }
    }

}

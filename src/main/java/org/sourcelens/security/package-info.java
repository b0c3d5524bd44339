/**
 * Accounts, roles, login and the current user. Owns the {@code user_account} table; other features
 * refer to users by id and ask {@link org.sourcelens.security.AccountService} for names. Also the
 * password rules ({@link org.sourcelens.security.PasswordPolicy}), the per-account login throttle
 * and ending the sessions of an account whose password changed.
 */
package org.sourcelens.security;

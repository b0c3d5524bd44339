/**
 * Accounts, roles, login and the current user. Owns the {@code user_account} table; other features
 * refer to users by id and ask {@link org.sourcelens.security.AccountService} for names.
 */
package org.sourcelens.security;

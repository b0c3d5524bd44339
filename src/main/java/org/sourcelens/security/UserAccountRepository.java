package org.sourcelens.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(String role);

    @Query("select new org.sourcelens.security.AccountSummary(u.id, u.username, u.displayName, u.role)"
            + " from UserAccount u where u.id in :ids")
    List<AccountSummary> findSummaries(Collection<Long> ids);

    @Query("select u.passwordChangedAt from UserAccount u where u.id = :id and u.enabled = true")
    Optional<Instant> findPasswordChangedAtOfEnabled(long id);

    /** {@code pattern} is lower case, with {@code !} escaping a literal {@code %}, {@code _} or {@code !}. */
    @Query("select new org.sourcelens.security.AccountSummary(u.id, u.username, u.displayName, u.role)"
            + " from UserAccount u where lower(u.username) like :pattern escape '!'"
            + " or lower(u.displayName) like :pattern escape '!' order by u.username")
    List<AccountSummary> search(String pattern, Pageable page);
}

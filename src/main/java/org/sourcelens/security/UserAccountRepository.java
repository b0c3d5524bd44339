package org.sourcelens.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(String role);

    @Query("select new org.sourcelens.security.AccountSummary(u.id, u.username, u.displayName, u.role)"
            + " from UserAccount u where u.id in :ids")
    List<AccountSummary> findSummaries(Collection<Long> ids);
}

package org.sourcelens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The feature-package rules of STYLE.md, kept true by the build. */
@AnalyzeClasses(packages = "org.sourcelens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_dependency_cycles = slices()
            .matching("org.sourcelens.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.sourcelens.base..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sourcelens.security..",
                    "org.sourcelens.classroom..", "org.sourcelens.article..", "org.sourcelens.assignment..",
                    "org.sourcelens.demo..", "org.sourcelens.annotation..", "org.sourcelens.cli..",
                    "org.sourcelens.audit..", "org.sourcelens.privacy..", "org.sourcelens.teaching..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_privacy_feature = noClasses()
            .that().resideOutsideOfPackage("org.sourcelens.privacy..")
            .should().dependOnClassesThat().resideInAPackage("org.sourcelens.privacy..")
            .because("privacy assembles what every feature exports about a student, so it sits on top");

    @ArchTest
    static final ArchRule entities_are_package_private = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule repositories_are_package_private = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule repositories_are_used_only_inside_their_own_feature_package = classes()
            .that().areAssignableTo(Repository.class)
            .should(beAccessedOnlyFromTheirOwnPackage());

    @ArchTest
    static final ArchRule every_public_service_method_is_protected_by_method_security = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("a hidden button is not access control: services are the authority");

    @ArchTest
    static final ArchRule views_do_not_touch_persistence = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                    "org.springframework.data..");

    @ArchTest
    static final ArchRule services_do_not_depend_on_views = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (JavaAccess<?> access : repository.getAccessesToSelf()) {
                    JavaClass origin = access.getOriginOwner();
                    if (!origin.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }
}

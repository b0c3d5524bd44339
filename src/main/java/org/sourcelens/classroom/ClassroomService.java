package org.sourcelens.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.CurrentUser;
import org.sourcelens.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes and who belongs to them. The authority on "is this user in this class?". */
@Service
@Transactional
public class ClassroomService {

    public static final int MAX_NAME_LENGTH = 120;
    private static final String NO_SUCH_CLASS = "This class does not exist or you are not a member of it.";

    private final ClassroomRepository classrooms;
    private final EnrolmentRepository enrolments;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassroomService(ClassroomRepository classrooms, EnrolmentRepository enrolments, AccountService accounts,
            CurrentUser currentUser, Clock clock) {
        this.classrooms = classrooms;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public TaughtClass createClass(String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new ValidationException(Message.of("classroom.refused.giveTheClassAName"));
        }
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw new ValidationException(Message.of("classroom.refused.aClassNameMayHave", MAX_NAME_LENGTH));
        }
        String code = JoinCodes.generate();
        while (classrooms.existsByJoinCode(code)) {
            code = JoinCodes.generate();
        }
        Classroom saved = classrooms.save(new Classroom(cleanName, code, currentUser.id(), clock.instant()));
        return new TaughtClass(saved.getId(), saved.getName(), JoinCodes.display(code), 0, saved.getCreatedAt(), null);
    }

    /** The instructor's classes, newest first; archived ones too (marked), so that they can be restored. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<TaughtClass> myTaughtClasses() {
        return classrooms.findTaughtBy(currentUser.id()).stream()
                .map(c -> new TaughtClass(c.id(), c.name(), JoinCodes.display(c.joinCode()), c.studentCount(),
                        c.createdAt(), c.archivedAt()))
                .toList();
    }

    /** The student's classes in use; archived classes leave the list (and their assignments "My assignments"). */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<EnrolledClass> myEnrolledClasses() {
        List<Classroom> enrolled = classrooms.findEnrolledBy(currentUser.id());
        Map<Long, AccountSummary> instructors = accounts.summaries(
                enrolled.stream().map(Classroom::getInstructorId).collect(Collectors.toSet()));
        return enrolled.stream().map(c -> toEnrolledClass(c, instructors)).toList();
    }

    /** The class header a member sees; refuses anyone who is neither its student nor its instructor. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EnrolledClass classForMember(long classId) {
        Classroom classroom = classrooms.findById(classId).orElseThrow(() -> new NotFoundException(NO_SUCH_CLASS));
        if (!accessOf(classroom).isMember()) {
            throw new AccessDeniedException(NO_SUCH_CLASS);
        }
        return toEnrolledClass(classroom, accounts.summaries(Set.of(classroom.getInstructorId())));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public ClassRoster rosterOf(long classId) {
        Classroom classroom = taughtByCurrentUser(classId);
        List<Enrolment> members = enrolments.findByClassroomIdOrderByEnrolledAt(classId);
        Map<Long, AccountSummary> names = accounts.summaries(
                members.stream().map(Enrolment::getStudentId).collect(Collectors.toSet()));
        List<ClassRoster.Member> students = members.stream()
                .map(e -> {
                    AccountSummary student = names.get(e.getStudentId());
                    return new ClassRoster.Member(e.getStudentId(), student.username(), student.displayName(),
                            e.getEnrolledAt());
                })
                .toList();
        return new ClassRoster(classroom.getId(), classroom.getName(), JoinCodes.display(classroom.getJoinCode()),
                students, classroom.getArchivedAt());
    }

    /**
     * The instructor archives a class they teach (it leaves its students' lists, nobody can join it, and
     * it is deleted with all its work once the retention period has passed) or restores it.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setArchived(long classId, boolean archived) {
        taughtByCurrentUser(classId).setArchived(archived, clock.instant());
    }

    /** The classes a student is enrolled in, archived ones included, for the export of their data. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ClassMembership> exportOf(long studentId) {
        List<Enrolment> memberships = enrolments.findByStudentIdOrderByEnrolledAt(studentId);
        Map<Long, Classroom> byId = classrooms.findAllById(
                        memberships.stream().map(Enrolment::getClassroomId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Classroom::getId, c -> c));
        Map<Long, AccountSummary> instructors = accounts.summaries(
                byId.values().stream().map(Classroom::getInstructorId).collect(Collectors.toSet()));
        return memberships.stream().map(e -> {
            Classroom classroom = byId.get(e.getClassroomId());
            AccountSummary instructor = instructors.get(classroom.getInstructorId());
            return new ClassMembership(classroom.getId(), classroom.getName(),
                    instructor == null ? "" : instructor.displayName(), e.getEnrolledAt(), classroom.getArchivedAt());
        }).toList();
    }

    /**
     * Deletes the classes archived before {@code cutoff} with everything in them: enrolments,
     * assignments, submissions with answers and grades, highlights with their discussion, tags.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PurgedClass> purgeArchivedBefore(Instant cutoff) {
        List<Classroom> expired = classrooms.findByArchivedAtBefore(cutoff);
        List<PurgedClass> purged = expired.stream()
                .map(c -> new PurgedClass(c.getId(), c.getName(), c.getArchivedAt(),
                        enrolments.countByClassroomId(c.getId())))
                .toList();
        classrooms.deleteAll(expired);
        classrooms.flush();
        return purged;
    }

    /** A signed-in student joins another class; joining a class twice is harmless. */
    @PreAuthorize("hasRole('STUDENT')")
    public EnrolledClass joinWithCode(String typedCode) {
        Classroom classroom = classForCode(typedCode);
        enrol(classroom, currentUser.id());
        return toEnrolledClass(classroom, accounts.summaries(Set.of(classroom.getInstructorId())));
    }

    /** A new student creates an account with a join code and is enrolled in that class at once. */
    @PreAuthorize("isAnonymous()")
    public long registerWithJoinCode(String typedCode, String username, String displayName, String password) {
        Classroom classroom = classForCode(typedCode);
        AccountSummary student = accounts.createStudent(username, displayName, password);
        enrol(classroom, student.id());
        return classroom.getId();
    }

    /** An instructor adds an existing student account to a class they teach. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void enrolStudent(long classId, long studentId) {
        Classroom classroom = taughtByCurrentUser(classId);
        AccountSummary student = accounts.summaries(Set.of(studentId)).get(studentId);
        if (student == null || !Roles.STUDENT.equals(student.role())) {
            throw new ValidationException(Message.of("classroom.refused.onlyStudentAccountsCanBe"));
        }
        enrol(classroom, studentId);
    }

    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public Set<Long> myEnrolledClassIds() {
        return Set.copyOf(enrolments.findClassroomIdsByStudentId(currentUser.id()));
    }

    /** How the current user relates to a class, for other features' access checks. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClassAccess accessTo(long classId) {
        return classrooms.findById(classId).map(this::accessOf).orElse(ClassAccess.NONE);
    }

    private ClassAccess accessOf(Classroom classroom) {
        long userId = currentUser.id();
        if (currentUser.hasRole(Roles.INSTRUCTOR) && classroom.getInstructorId() == userId) {
            return ClassAccess.INSTRUCTOR;
        }
        if (currentUser.hasRole(Roles.STUDENT)
                && enrolments.existsByClassroomIdAndStudentId(classroom.getId(), userId)) {
            return ClassAccess.STUDENT;
        }
        return ClassAccess.NONE;
    }

    private Classroom taughtByCurrentUser(long classId) {
        Classroom classroom = classrooms.findById(classId).orElseThrow(() -> new NotFoundException(NO_SUCH_CLASS));
        if (classroom.getInstructorId() != currentUser.id()) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        return classroom;
    }

    private Classroom classForCode(String typedCode) {
        String code = JoinCodes.normalize(typedCode);
        if (code.isEmpty()) {
            throw new ValidationException(Message.of("classroom.refused.aJoinCodeHasLetters"));
        }
        Classroom classroom = classrooms.findByJoinCode(code).orElseThrow(() -> new ValidationException(
                Message.of("classroom.refused.noClassHasTheJoin", JoinCodes.display(code))));
        if (classroom.isArchived()) {
            throw new ValidationException(Message.of("classroom.refused.theClassWithTheJoin", JoinCodes.display(code)));
        }
        return classroom;
    }

    private void enrol(Classroom classroom, long studentId) {
        if (!enrolments.existsByClassroomIdAndStudentId(classroom.getId(), studentId)) {
            enrolments.save(new Enrolment(classroom.getId(), studentId, clock.instant()));
        }
    }

    private static EnrolledClass toEnrolledClass(Classroom classroom, Map<Long, AccountSummary> instructors) {
        AccountSummary instructor = instructors.get(classroom.getInstructorId());
        return new EnrolledClass(classroom.getId(), classroom.getName(),
                instructor == null ? "" : instructor.displayName());
    }
}

package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.ClassHighlightsService;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.LibraryFilter;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.AssignmentFixture;
import org.sourcelens.assignment.AssignmentRequest;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.GradingService;
import org.sourcelens.assignment.PeerVisibility;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.assignment.Workspace;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The access-control matrix of every application service method: each is called as an anonymous
 * visitor, a student of the class, a student of another class, the class's instructor, an instructor
 * of another class and an administrator, and must be allowed or refused exactly as listed here; for
 * reads that return rows, only the caller's rows come back. The list of methods is read from the
 * services themselves, so a new public method without an entry fails this test.
 */
@IntegrationTest
class ServiceAccessMatrixIT {

    public enum Who { ANONYMOUS, STUDENT, OTHER_STUDENT, INSTRUCTOR, OTHER_INSTRUCTOR, ADMIN }

    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> STUDENTS = EnumSet.of(Who.STUDENT, Who.OTHER_STUDENT);
    private static final Set<Who> INSTRUCTORS = EnumSet.of(Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR);
    private static final Set<Who> LIBRARIANS = EnumSet.of(Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR, Who.ADMIN);
    private static final Set<Who> THE_CLASS = EnumSet.of(Who.STUDENT, Who.INSTRUCTOR);
    private static final Set<Who> THE_STUDENT = EnumSet.of(Who.STUDENT);
    private static final Set<Who> THE_INSTRUCTOR = EnumSet.of(Who.INSTRUCTOR);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    @Autowired ApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired AssignmentFixture fixture;
    @Autowired ClassroomService classrooms;
    @Autowired ArticleService articles;
    @Autowired AssignmentService assignments;
    @Autowired QuestionSetService questionSets;
    @Autowired org.sourcelens.assignment.GettingStartedService gettingStarted;
    @Autowired SubmissionService submissions;
    @Autowired ClassResultsService results;
    @Autowired GradingService grading;
    @Autowired HighlightService highlights;
    @Autowired DiscussionService discussion;
    @Autowired ClassHighlightsService classHighlights;
    @Autowired AccountService accountService;
    @Autowired SystemUsers systemUsers;
    @Autowired org.sourcelens.audit.AuditLog auditLog;
    @Autowired org.sourcelens.privacy.PrivacyService privacy;
    @Autowired org.sourcelens.privacy.RetentionService retention;

    /** How to call a method, who may, and what the allowed callers must get back. */
    interface Call {
        Object run() throws Exception;
    }

    record Entry(Set<Who> allowed, Call call, BiConsumer<Who, Object> rows) {
    }

    private final Map<String, Entry> matrix = new LinkedHashMap<>();
    private final Map<Who, String> usernames = new LinkedHashMap<>();
    private int counter;

    private void entry(String method, Set<Who> allowed, Call call) {
        entry(method, allowed, call, (who, result) -> { });
    }

    private void entry(String method, Set<Who> allowed, Call call, BiConsumer<Who, Object> rows) {
        assertThat(matrix.put(method, new Entry(allowed, call, rows))).as("entry for " + method).isNull();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Every public method of every @Service in org.sourcelens, as "Service#method(ParameterTypes)". */
    private Set<String> serviceMethods() {
        Set<String> methods = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.sourcelens")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    methods.add(signature(type, method));
                }
            }
        }
        return methods;
    }

    private static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    @Test
    void every_service_method_is_allowed_or_refused_for_each_kind_of_user_as_the_matrix_says() {
        World w = world();
        describe(w);
        Set<String> methods = serviceMethods();
        assertThat(new TreeSet<>(matrix.keySet())).as("service methods without an entry in the access matrix "
                + "(or entries for methods that no longer exist)").isEqualTo(methods);

        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Entry> row : matrix.entrySet()) {
            // Refused callers first: an allowed call may change what later calls see.
            List<Who> order = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(withNobody(row.getValue().allowed()))));
            order.addAll(row.getValue().allowed());
            for (Who who : order) {
                cases++;
                signInAs(who);
                boolean allowed = row.getValue().allowed().contains(who);
                try {
                    Object result = row.getValue().call().run();
                    if (!allowed) {
                        wrong.add(row.getKey() + " as " + who + ": allowed, expected refused");
                    } else {
                        row.getValue().rows().accept(who, result);
                    }
                } catch (AccessDeniedException | AuthenticationException | NotFoundException e) {
                    if (allowed) {
                        wrong.add(row.getKey() + " as " + who + ": refused (" + e.getClass().getSimpleName() + ": "
                                + e.getMessage() + "), expected allowed");
                    }
                } catch (ValidationException e) {
                    // Past the access checks; refused by a rule of the action itself.
                    if (!allowed) {
                        wrong.add(row.getKey() + " as " + who + ": reached the rules (" + e.getMessage()
                                + "), expected refused before");
                    }
                } catch (AssertionError e) {
                    wrong.add(row.getKey() + " as " + who + ": wrong rows: " + e.getMessage());
                } catch (Exception e) {
                    wrong.add(row.getKey() + " as " + who + ": " + e);
                }
            }
        }
        System.out.printf("Access matrix: %d service methods x %d kinds of user = %d cases%n", matrix.size(),
                Who.values().length, cases);
        assertThat(wrong).as("access matrix deviations").isEmpty();
        assertThat(cases).isEqualTo(matrix.size() * Who.values().length);
    }

    private static Set<Who> withNobody(Set<Who> allowed) {
        return allowed.isEmpty() ? EnumSet.noneOf(Who.class) : allowed;
    }

    private void signInAs(Who who) {
        if (who == Who.ANONYMOUS) {
            accounts.signOut();
        } else {
            accounts.signInAs(usernames.get(who));
        }
    }

    /** The data the calls work on: class A (instructor, student, work) and class B, in full. */
    record World(long classA, long classB, long studentA, long studentB, long articleShared, long articlePrivate,
            long setId, long assignmentId, long readingId, List<Long> questionIds, long highlightId, long replyId,
            long otherReplyId, String joinCodeC) {
    }

    private World world() {
        AssignmentFixture.Setup a = fixture.create();
        long assignmentId = a.assignmentId();
        List<Long> questionIds = submissions.workspace(assignmentId).questions().stream()
                .map(Workspace.Item::questionId).toList();
        submissions.saveAnswer(assignmentId, questionIds.get(2),
                new AnswerValue(null, "The broadcaster.", null, null, null), 0);
        submissions.submit(assignmentId);
        var instructorB = accounts.instructor();
        var studentB = accounts.student();
        accounts.signInAs(instructorB.username());
        TaughtClass classB = classrooms.createClass("Other class " + instructorB.id());
        classrooms.enrolStudent(classB.id(), studentB.id());

        accounts.signInAs(a.instructor().username());
        long shared = articles.publish(draft("Matrix shared " + a.instructor().id()), ArticleVisibility.SHARED);
        long privateArticle = articles.publish(draft("Matrix private " + a.instructor().id()), ArticleVisibility.PRIVATE);
        long readingId = assignments.assignReading(a.classroom().id(), shared).assignmentId();
        // Joining and registering go to a third class, so that they change nobody's view of class A.
        String joinCode = classrooms.rosterOf(classrooms.createClass("Open class " + a.instructor().id()).id()).joinCode();

        accounts.signInAs(a.student().username());
        long highlightId = highlights.create(readingId, new Position("p1", 0, "p1", 4), "claim", "Mine").id();
        long replyId = discussion.reply(highlightId, "My own reply.").id();
        accounts.signInAs(a.instructor().username());
        long otherReplyId = discussion.reply(highlightId, "The teacher's reply.").id();

        usernames.put(Who.STUDENT, a.student().username());
        usernames.put(Who.OTHER_STUDENT, studentB.username());
        usernames.put(Who.INSTRUCTOR, a.instructor().username());
        usernames.put(Who.OTHER_INSTRUCTOR, instructorB.username());
        usernames.put(Who.ADMIN, "admin");
        return new World(a.classroom().id(), classB.id(), a.student().id(), studentB.id(), shared, privateArticle,
                a.setId(), assignmentId, readingId, questionIds, highlightId, replyId, otherReplyId, joinCode);
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(new ArticleMetadata(title, null, null, null, null, null, null),
                List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "Fees at the harbour doubled on Monday.")),
                List.of(), List.of());
    }

    private String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + (counter++);
    }

    @SuppressWarnings("unchecked")
    private void describe(World w) {
        QuestionSpec written = new QuestionSpec(org.sourcelens.assignment.QuestionType.SHORT_ANSWER,
                org.sourcelens.assignment.Dimension.SOURCING, 2, "Who wrote it?", List.of(),
                QuestionSpec.defaultRubric(), null, List.of(), 0);

        // classroom
        entry("ClassroomService#createClass(String)", INSTRUCTORS, () -> classrooms.createClass(unique("Class")));
        entry("ClassroomService#myTaughtClasses()", INSTRUCTORS, () -> classrooms.myTaughtClasses(), (who, rows) -> {
            Set<Long> ids = ((List<TaughtClass>) rows).stream().map(TaughtClass::id).collect(Collectors.toSet());
            assertThat(ids).contains(who == Who.INSTRUCTOR ? w.classA() : w.classB())
                    .doesNotContain(who == Who.INSTRUCTOR ? w.classB() : w.classA());
        });
        entry("ClassroomService#myEnrolledClasses()", STUDENTS, () -> classrooms.myEnrolledClasses(), (who, rows) -> {
            Set<Long> ids = ((List<org.sourcelens.classroom.EnrolledClass>) rows).stream()
                    .map(org.sourcelens.classroom.EnrolledClass::id).collect(Collectors.toSet());
            assertThat(ids).isEqualTo(Set.of(who == Who.STUDENT ? w.classA() : w.classB()));
        });
        entry("ClassroomService#classForMember(long)", THE_CLASS, () -> classrooms.classForMember(w.classA()));
        entry("ClassroomService#rosterOf(long)", THE_INSTRUCTOR, () -> classrooms.rosterOf(w.classA()),
                (who, roster) -> assertThat(((org.sourcelens.classroom.ClassRoster) roster).students())
                        .extracting(org.sourcelens.classroom.ClassRoster.Member::studentId).containsExactly(w.studentA()));
        entry("ClassroomService#joinWithCode(String)", STUDENTS, () -> classrooms.joinWithCode(w.joinCodeC()));
        entry("ClassroomService#registerWithJoinCode(String,String,String,String)", EnumSet.of(Who.ANONYMOUS),
                () -> classrooms.registerWithJoinCode(w.joinCodeC(), unique("new"), "New student",
                        TestAccounts.PASSWORD));
        entry("ClassroomService#enrolStudent(long,long)", THE_INSTRUCTOR,
                () -> { classrooms.enrolStudent(w.classA(), w.studentA()); return null; });
        entry("ClassroomService#myEnrolledClassIds()", STUDENTS, () -> classrooms.myEnrolledClassIds());
        entry("ClassroomService#accessTo(long)", SIGNED_IN, () -> classrooms.accessTo(w.classA()));

        // articles
        ArticleDraft pasted = draft("Pasted");
        entry("ArticleService#draftFromPaste(String)", LIBRARIANS, () -> articles.draftFromPaste("A title\n\nSome text."));
        entry("ArticleService#draftFromUpload(String,byte[])", LIBRARIANS,
                () -> articles.draftFromUpload("a.txt", "A title\n\nSome text.".getBytes()));
        entry("ArticleService#sourceMapOf(ArticleDraft)", LIBRARIANS, () -> articles.sourceMapOf(pasted));
        entry("ArticleService#importFile(String,byte[])", LIBRARIANS,
                () -> articles.importFile(unique("file") + ".txt", (unique("Title") + "\n\nText.").getBytes()));
        entry("ArticleService#publish(ArticleDraft,ArticleVisibility)", LIBRARIANS,
                () -> articles.publish(draft(unique("Published")), ArticleVisibility.PRIVATE));
        entry("ArticleService#importSeedArticles()", ADMIN, () -> articles.importSeedArticles());
        entry("ArticleService#library(LibraryFilter,Pageable)", LIBRARIANS,
                () -> articles.library(new LibraryFilter("Matrix private", true), PageRequest.of(0, 50)),
                (who, rows) -> assertThat((List<?>) rows).hasSize(who == Who.OTHER_INSTRUCTOR ? 0 : 1));
        entry("ArticleService#countLibrary(LibraryFilter)", LIBRARIANS,
                () -> articles.countLibrary(new LibraryFilter("Matrix private", true)),
                (who, count) -> assertThat((Long) count).isEqualTo(who == Who.OTHER_INSTRUCTOR ? 0L : 1L));
        entry("ArticleService#hasOwnArticles()", LIBRARIANS, () -> articles.hasOwnArticles(), (who, own) -> {
            if (who == Who.INSTRUCTOR) {
                assertThat((Boolean) own).isTrue();
            }
        });
        entry("ArticleService#assignableArticles()", LIBRARIANS, () -> articles.assignableArticles(),
                (who, rows) -> assertThat(((List<org.sourcelens.article.ArticleSummary>) rows).stream()
                        .anyMatch(s -> s.id() == w.articlePrivate())).isEqualTo(who != Who.OTHER_INSTRUCTOR));
        entry("ArticleService#read(long)", EnumSet.of(Who.STUDENT, Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR, Who.ADMIN),
                () -> articles.read(w.articleShared()));
        entry("ArticleService#read(long,int)", EnumSet.of(Who.STUDENT, Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR, Who.ADMIN),
                () -> articles.read(w.articleShared(), 1));
        entry("ArticleService#details(long)", EnumSet.of(Who.INSTRUCTOR, Who.ADMIN), () -> articles.details(w.articlePrivate()));
        entry("ArticleService#compare(long,long)", EnumSet.of(Who.INSTRUCTOR, Who.ADMIN),
                () -> articles.compare(w.articlePrivate(), w.articleShared()));
        entry("ArticleService#editable(long)", EnumSet.of(Who.INSTRUCTOR, Who.ADMIN), () -> articles.editable(w.articlePrivate()));
        entry("ArticleService#saveEdit(long,int,ArticleMetadata,String,String)", EnumSet.of(Who.INSTRUCTOR, Who.ADMIN),
                () -> articles.saveEdit(w.articlePrivate(), articles.editable(w.articlePrivate()).versionNo(),
                        new ArticleMetadata("Matrix private edited", null, null, null, null, null, null),
                        "Fees at the harbour doubled on Monday.", ""));
        entry("ArticleService#setArchived(long,boolean)", EnumSet.of(Who.INSTRUCTOR, Who.ADMIN),
                () -> { articles.setArchived(w.articlePrivate(), false); return null; });
        entry("ArticleService#setVisibility(long,ArticleVisibility)", EnumSet.of(Who.INSTRUCTOR, Who.ADMIN),
                () -> { articles.setVisibility(w.articlePrivate(), ArticleVisibility.PRIVATE); return null; });

        // assignments
        entry("AssignmentService#assignReading(long,long)", THE_INSTRUCTOR,
                () -> assignments.assignReading(w.classA(), articles.publish(draft(unique("Reading")),
                        ArticleVisibility.PRIVATE)));
        entry("AssignmentService#assign(long,AssignmentRequest)", THE_INSTRUCTOR,
                () -> assignments.assign(w.classA(), new AssignmentRequest(w.articleShared(), null, null, null, null,
                        null, PeerVisibility.AFTER_SUBMIT, true, true)));
        entry("AssignmentService#studentClassPage(long)", THE_STUDENT, () -> assignments.studentClassPage(w.classA()));
        entry("AssignmentService#instructorClassPage(long)", THE_INSTRUCTOR, () -> assignments.instructorClassPage(w.classA()));
        entry("AssignmentService#pinnedToTheirVersion(Collection)", SIGNED_IN,
                () -> assignments.pinnedToTheirVersion(List.of(w.assignmentId())));
        entry("AssignmentService#peerAccess(long)", THE_CLASS, () -> assignments.peerAccess(w.readingId()));
        entry("AssignmentService#openReading(long)", THE_CLASS, () -> assignments.openReading(w.readingId()));

        // question sets
        entry("QuestionSetService#createSet(String,String)", INSTRUCTORS, () -> questionSets.createSet(unique("Set"), ""));
        entry("QuestionSetService#mySets()", INSTRUCTORS, () -> questionSets.mySets(), (who, rows) -> assertThat(
                ((List<org.sourcelens.assignment.QuestionSetSummary>) rows).stream().anyMatch(s -> s.id() == w.setId()))
                .isEqualTo(who == Who.INSTRUCTOR));
        entry("QuestionSetService#copyStarterSets()", INSTRUCTORS, () -> questionSets.copyStarterSets());
        entry("GettingStartedService#mine()", INSTRUCTORS, () -> gettingStarted.mine(),
                (who, state) -> assertThat(((org.sourcelens.assignment.GettingStarted) state).workAssigned())
                        .isEqualTo(who == Who.INSTRUCTOR));
        entry("QuestionSetService#set(long)", THE_INSTRUCTOR, () -> questionSets.set(w.setId()));
        entry("QuestionSetService#editor(long)", THE_INSTRUCTOR, () -> questionSets.editor(w.setId()));
        entry("QuestionSetService#rename(long,String,String)", THE_INSTRUCTOR,
                () -> { questionSets.rename(w.setId(), "Every type", "renamed"); return null; });
        entry("QuestionSetService#deleteSet(long)", THE_INSTRUCTOR, () -> {
            long spare = as(Who.INSTRUCTOR, () -> questionSets.createSet(unique("Spare"), ""));
            questionSets.deleteSet(spare);
            return null;
        });
        entry("QuestionSetService#addQuestion(long,QuestionSpec)", THE_INSTRUCTOR, () -> questionSets.addQuestion(w.setId(), written));
        entry("QuestionSetService#updateQuestion(long,QuestionSpec)", THE_INSTRUCTOR,
                () -> { questionSets.updateQuestion(firstQuestionOf(w.setId()), written); return null; });
        entry("QuestionSetService#deleteQuestion(long)", THE_INSTRUCTOR,
                () -> { questionSets.deleteQuestion(lastQuestionOf(w.setId())); return null; });
        entry("QuestionSetService#duplicateQuestion(long)", THE_INSTRUCTOR,
                () -> questionSets.duplicateQuestion(firstQuestionOf(w.setId())));
        entry("QuestionSetService#moveQuestion(long,int)", THE_INSTRUCTOR,
                () -> { questionSets.moveQuestion(firstQuestionOf(w.setId()), 1); return null; });
        entry("QuestionSetService#exportJson(long)", THE_INSTRUCTOR, () -> questionSets.exportJson(w.setId()));
        entry("QuestionSetService#importJson(String)", INSTRUCTORS, () -> questionSets.importJson(exported(w)));
        entry("QuestionSetService#importDocument(QuestionSetDocument)", INSTRUCTORS,
                () -> questionSets.importDocument(new org.sourcelens.assignment.QuestionSetDocument(org.sourcelens.assignment.QuestionSetDocument.FORMAT, unique("Doc"),
                        "", List.of(written))));
        entry("QuestionSetService#articleToMark(long)", INSTRUCTORS, () -> questionSets.articleToMark(w.articleShared()));
        entry("QuestionSetService#locatePassages(long,List)", INSTRUCTORS,
                () -> questionSets.locatePassages(w.articleShared(), List.of("harbour")));

        // submissions, results, grading
        entry("SubmissionService#myAssignments()", STUDENTS, () -> submissions.myAssignments(), (who, rows) -> assertThat(
                ((List<org.sourcelens.assignment.StudentAssignment>) rows).stream()
                        .anyMatch(s -> s.assignmentId() == w.assignmentId())).isEqualTo(who == Who.STUDENT));
        entry("SubmissionService#workspace(long)", THE_STUDENT, () -> submissions.workspace(w.assignmentId()));
        entry("SubmissionService#saveAnswer(long,long,AnswerValue,int)", THE_STUDENT,
                () -> submissions.saveAnswer(w.assignmentId(), w.questionIds().get(0),
                        new AnswerValue(List.of(1), null, null, null, null), 0));
        entry("SubmissionService#submit(long)", THE_STUDENT, () -> submissions.submit(w.assignmentId()));
        entry("ClassResultsService#dashboard(long)", THE_INSTRUCTOR, () -> results.dashboard(w.assignmentId()),
                (who, dashboard) -> assertThat(((org.sourcelens.assignment.ClassDashboard) dashboard).students())
                        .extracting(org.sourcelens.assignment.ClassDashboard.StudentRow::studentId)
                        .containsExactly(w.studentA()));
        entry("ClassResultsService#studentWork(long,long)", THE_INSTRUCTOR,
                () -> results.studentWork(w.assignmentId(), w.studentA()));
        entry("ClassResultsService#resultsCsv(long)", THE_INSTRUCTOR, () -> results.resultsCsv(w.assignmentId()));
        entry("GradingService#queue(long,long)", THE_INSTRUCTOR, () -> grading.queue(w.assignmentId(), w.questionIds().get(2)),
                (who, queue) -> assertThat(((org.sourcelens.assignment.GradingQueue) queue).entries())
                        .extracting(org.sourcelens.assignment.GradingQueue.Entry::studentId).containsExactly(w.studentA()));
        entry("GradingService#grade(long,long,long,String,Double,String)", THE_INSTRUCTOR,
                () -> grading.grade(w.assignmentId(), w.questionIds().get(2), w.studentA(), "Proficient", null, "Good."));
        entry("GradingService#returnWork(long,Long)", THE_INSTRUCTOR, () -> grading.returnWork(w.assignmentId(), null));

        // highlights and discussion
        entry("HighlightService#tags(long)", THE_CLASS, () -> highlights.tags(w.classA()));
        entry("HighlightService#setTags(long,List)", THE_INSTRUCTOR,
                () -> { highlights.setTags(w.classA(), List.of("claim", "evidence", "source")); return null; });
        entry("HighlightService#reader(long)", THE_CLASS, () -> highlights.reader(w.readingId()));
        entry("HighlightService#create(long,Position,String,String)", THE_STUDENT,
                () -> highlights.create(w.readingId(), new Position("p1", 5, "p1", 11), "claim", null));
        entry("HighlightService#create(long,Position,String,String,String)", THE_STUDENT,
                () -> highlights.create(w.readingId(), new Position("p1", 12, "p1", 19), "harbour", "claim", null));
        entry("HighlightService#update(long,String,String)", THE_STUDENT,
                () -> highlights.update(w.highlightId(), "claim", "Changed"));
        entry("HighlightService#delete(long)", THE_STUDENT, () -> {
            long extra = asStudentA(() -> highlights.create(w.readingId(), new Position("p1", 20, "p1", 27), "claim",
                    null).id());
            highlights.delete(extra);
            return null;
        });
        entry("HighlightService#mine(long)", THE_STUDENT, () -> highlights.mine(w.readingId()),
                (who, rows) -> assertThat((List<?>) rows).isNotEmpty());
        entry("HighlightService#others(long)", THE_CLASS, () -> highlights.others(w.readingId()),
                (who, rows) -> assertThat(((List<org.sourcelens.annotation.PeerHighlight>) rows).stream()
                        .anyMatch(h -> h.id() == w.highlightId())).isEqualTo(who == Who.INSTRUCTOR));
        entry("ClassHighlightsService#heatMap(long)", THE_INSTRUCTOR, () -> classHighlights.heatMap(w.readingId()));
        entry("ClassHighlightsService#studentHighlights(long,long)", THE_INSTRUCTOR,
                () -> classHighlights.studentHighlights(w.readingId(), w.studentA()),
                (who, rows) -> assertThat((List<org.sourcelens.annotation.ClassHighlight>) rows)
                        .extracting(org.sourcelens.annotation.ClassHighlight::authorId).containsOnly(w.studentA()));
        entry("ClassHighlightsService#highlightsCsv(long)", THE_INSTRUCTOR, () -> classHighlights.highlightsCsv(w.readingId()));
        entry("DiscussionService#reply(long,String)", THE_CLASS, () -> discussion.reply(w.highlightId(), "A reply."));
        entry("DiscussionService#deleteReply(long)", THE_CLASS, () -> {
            long extra = asStudentA(() -> discussion.reply(w.highlightId(), "To delete.").id());
            discussion.deleteReply(extra);
            return null;
        });
        entry("DiscussionService#setHelpful(long,boolean)", THE_CLASS,
                () -> { discussion.setHelpful(w.replyId(), true); return null; });
        entry("DiscussionService#setPinned(long,boolean)", THE_INSTRUCTOR,
                () -> { discussion.setPinned(w.highlightId(), true); return null; });
        entry("DiscussionService#setEndorsed(long,boolean)", THE_INSTRUCTOR,
                () -> { discussion.setEndorsed(w.highlightId(), true); return null; });
        entry("DiscussionService#threads(long)", THE_CLASS, () -> discussion.threads(w.readingId()),
                (who, threads) -> assertThat(((Map<Long, ?>) threads).keySet()).containsExactly(w.highlightId()));

        // accounts
        entry("AccountService#createStudent(String,String,String)", EnumSet.of(Who.ANONYMOUS, Who.ADMIN),
                () -> accountService.createStudent(unique("student"), "A student", TestAccounts.PASSWORD));
        entry("AccountService#createAccount(String,String,String,String)", ADMIN,
                () -> accountService.createAccount(unique("teacher"), "A teacher", TestAccounts.PASSWORD, Roles.INSTRUCTOR));
        entry("AccountService#findByUsername(String)", ADMIN, () -> accountService.findByUsername("admin"));
        entry("AccountService#anyAccountWithRole(String)", ADMIN, () -> accountService.anyAccountWithRole(Roles.ADMIN));
        entry("AccountService#summaries(Collection)", SIGNED_IN, () -> accountService.summaries(List.of(w.studentA())));
        entry("SystemUsers#principalOf(String)", ADMIN, () -> systemUsers.principalOf("admin"));
        entry("AccountService#changePassword(String,String)", SIGNED_IN,
                () -> accountService.changePassword("not-the-current-password", "a-new-long-passphrase-2026"));
        entry("AccountService#resetPassword(long)", ADMIN, () -> {
            long spare = as(Who.ADMIN, () -> accountService.createStudent(unique("reset"), "Reset",
                    TestAccounts.PASSWORD).id());
            return accountService.resetPassword(spare);
        });
        entry("AccountService#searchAccounts(String,int,int)", ADMIN, () -> accountService.searchAccounts("", 0, 10));

        // students' data (privacy), audit and retention
        Set<Who> staff = EnumSet.of(Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR, Who.ADMIN);
        entry("AccountService#exportOf(long)", ADMIN, () -> accountService.exportOf(w.studentA()));
        entry("AccountService#deleteStudent(long)", ADMIN, () -> {
            long spare = as(Who.ADMIN, () -> accountService.createStudent(unique("spare"), "Spare",
                    TestAccounts.PASSWORD).id());
            accountService.deleteStudent(spare);
            return null;
        });
        entry("ClassroomService#exportOf(long)", ADMIN, () -> classrooms.exportOf(w.studentA()));
        entry("ClassroomService#setArchived(long,boolean)", THE_INSTRUCTOR,
                () -> { classrooms.setArchived(w.classA(), false); return null; });
        entry("ClassroomService#purgeArchivedBefore(Instant)", ADMIN,
                () -> classrooms.purgeArchivedBefore(java.time.Instant.parse("2000-01-01T00:00:00Z")));
        entry("AssignmentService#readingsOf(Collection)", ADMIN, () -> assignments.readingsOf(List.of(w.classA())));
        entry("SubmissionService#exportOf(long)", ADMIN, () -> submissions.exportOf(w.studentA()));
        entry("HighlightService#exportOf(long)", ADMIN, () -> highlights.exportOf(w.studentA()));
        entry("DiscussionService#exportOf(long)", ADMIN, () -> discussion.exportOf(w.studentA()));
        entry("AuditLog#record(AuditEvent)", staff, () -> {
            auditLog.record(org.sourcelens.audit.AuditEvent.studentWorkViewed(w.studentA(), w.classA(),
                    w.assignmentId(), "matrix"));
            return null;
        });
        entry("AuditLog#entries(AuditFilter,Pageable)", ADMIN,
                () -> auditLog.entries(org.sourcelens.audit.AuditFilter.all(), PageRequest.of(0, 10)));
        entry("AuditLog#count(AuditFilter)", ADMIN, () -> auditLog.count(org.sourcelens.audit.AuditFilter.all()));
        entry("AuditLog#about(long)", ADMIN, () -> auditLog.about(w.studentA()));
        entry("PrivacyService#findStudent(String)", ADMIN, () -> privacy.findStudent(usernames.get(Who.STUDENT)));
        entry("PrivacyService#exportStudent(long)", ADMIN, () -> privacy.exportStudent(w.studentA()));
        entry("PrivacyService#deleteStudent(long,String)", ADMIN, () -> {
            String name = unique("gone");
            long spare = as(Who.ADMIN, () -> accountService.createStudent(name, "Gone", TestAccounts.PASSWORD).id());
            privacy.deleteStudent(spare, name);
            return null;
        });
        entry("RetentionService#purgeExpiredClasses()", ADMIN, () -> retention.purgeExpiredClasses());
    }

    private <T> T asStudentA(java.util.function.Supplier<T> work) {
        return as(Who.STUDENT, work);
    }

    private <T> T asInstructorA(java.util.function.Supplier<T> work) {
        return as(Who.INSTRUCTOR, work);
    }

    /** Prepares something as another user, then puts the caller under test back. */
    private <T> T as(Who who, java.util.function.Supplier<T> work) {
        org.springframework.security.core.Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        accounts.signInAs(usernames.get(who));
        try {
            return work.get();
        } finally {
            var restored = SecurityContextHolder.createEmptyContext();
            restored.setAuthentication(caller);
            SecurityContextHolder.setContext(restored);
        }
    }

    private long firstQuestionOf(long setId) {
        return asInstructorA(() -> questionSets.set(setId).questions().getFirst().id());
    }

    private long lastQuestionOf(long setId) {
        return asInstructorA(() -> questionSets.set(setId).questions().getLast().id());
    }

    private String exported(World w) {
        return asInstructorA(() -> questionSets.exportJson(w.setId()));
    }
}

package org.sourcelens.assignment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An instructor's question sets: write, order, duplicate, export and import questions. Sets are their owner's. */
@Service
@Transactional
public class QuestionSetService {

    public static final int MAX_FILE_CHARS = 1_000_000;
    private static final String NO_SUCH_SET = "This question set does not exist or is not yours.";

    private final QuestionSetRepository sets;
    private final QuestionRepository questions;
    private final ArticleService articles;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionSetService(QuestionSetRepository sets, QuestionRepository questions, ArticleService articles,
            AssignmentRepository assignments, CurrentUser currentUser, Clock clock) {
        this.sets = sets;
        this.assignments = assignments;
        this.articles = articles;
        this.questions = questions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long createSet(String title, String description) {
        return sets.save(new QuestionSet(currentUser.id(), checkedTitle(title), checkedDescription(description),
                clock.instant())).getId();
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<QuestionSetSummary> mySets() {
        return sets.findSummaries(currentUser.id());
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public QuestionSetDetails set(long setId) {
        QuestionSet set = owned(setId);
        List<Question> list = questions.findByQuestionSetIdOrderByPosition(setId);
        List<QuestionSetDetails.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(new QuestionSetDetails.Item(list.get(i).getId(), i + 1, list.get(i).spec()));
        }
        return new QuestionSetDetails(set.getId(), set.getTitle(), set.getDescription(), items);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public QuestionSetEditor editor(long setId) {
        return new QuestionSetEditor(set(setId), articles.assignableArticles());
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void rename(long setId, String title, String description) {
        owned(setId).rename(checkedTitle(title), checkedDescription(description));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void deleteSet(long setId) {
        QuestionSet set = owned(setId);
        if (assignments.existsByQuestionSetId(setId)) {
            throw new ValidationException(Message.of("assignment.refused.thisSetHasBeenAssigned"));
        }
        sets.delete(set);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long addQuestion(long setId, QuestionSpec spec) {
        owned(setId);
        QuestionRules.check(spec);
        int next = questions.findByQuestionSetIdOrderByPosition(setId).size() + 1;
        return questions.save(new Question(setId, next, spec)).getId();
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void updateQuestion(long questionId, QuestionSpec spec) {
        Question question = ownedQuestion(questionId);
        QuestionRules.check(spec);
        question.update(spec);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void deleteQuestion(long questionId) {
        Question question = ownedQuestion(questionId);
        questions.delete(question);
        renumber(question.getQuestionSetId(), null, 0);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long duplicateQuestion(long questionId) {
        Question original = ownedQuestion(questionId);
        Question copy = questions.save(new Question(original.getQuestionSetId(), original.getPosition(), original.spec()));
        renumber(original.getQuestionSetId(), copy, original.getPosition() + 1);
        return copy.getId();
    }

    /** Moves a question up (negative) or down (positive) by that many places, within the set. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void moveQuestion(long questionId, int places) {
        Question question = ownedQuestion(questionId);
        renumber(question.getQuestionSetId(), question, question.getPosition() + places);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public String exportJson(long setId) {
        QuestionSetDetails details = set(setId);
        return QuestionJson.write(new QuestionSetDocument(QuestionSetDocument.FORMAT, details.title(),
                details.description(), details.questions().stream().map(QuestionSetDetails.Item::spec).toList()));
    }

    /** Imports a set exported from SourceLens; every question is checked as if typed in the editor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long importJson(String json) {
        if (json == null || json.isBlank()) {
            throw new ValidationException(Message.of("assignment.refused.theFileIsEmptyChoose"));
        }
        if (json.length() > MAX_FILE_CHARS) {
            throw new ValidationException(Message.of("assignment.refused.aQuestionSetFileMay"));
        }
        return importDocument(QuestionJson.document(json));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long importDocument(QuestionSetDocument document) {
        if (!QuestionSetDocument.FORMAT.equals(document.format())) {
            throw new ValidationException(Message.of("assignment.refused.thisFileIsNotA",
                    document.format(), QuestionSetDocument.FORMAT));
        }
        for (int i = 0; i < document.questions().size(); i++) {
            try {
                QuestionRules.check(document.questions().get(i));
            } catch (ValidationException e) {
                throw new ValidationException(Message.of("assignment.refused.inQuestion",
                        i + 1, e.text().<Object>map(text -> text).orElse(e.getMessage())));
            }
        }
        long setId = createSet(document.title(), document.description());
        int position = 1;
        for (QuestionSpec spec : document.questions()) {
            questions.save(new Question(setId, position++, spec));
        }
        return setId;
    }

    /**
     * Copies the starter question sets (written for the shared seed articles) into the instructor's own
     * sets, skipping any whose title they already have; returns how many were added.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public int copyStarterSets() {
        Set<String> titles = new HashSet<>();
        mySets().forEach(set -> titles.add(set.title()));
        int added = 0;
        for (QuestionSetDocument starter : StarterSets.load()) {
            if (titles.add(starter.title())) {
                importDocument(starter);
                added++;
            }
        }
        return added;
    }

    /** The text of an article to pick key passages from in the editor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public ArticleContent articleToMark(long articleId) {
        return articles.read(articleId);
    }

    /**
     * Key passages for a highlight-the-evidence question, from quotes the instructor copied out of the
     * article: each must occur in one paragraph of the current version.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Passage> locatePassages(long articleId, List<String> quotes) {
        ArticleContent article = articles.read(articleId);
        List<Passage> passages = new java.util.ArrayList<>();
        for (String quote : quotes) {
            ArticleContent.Paragraph found = article.paragraphs().stream()
                    .filter(p -> p.text().contains(quote)).findFirst()
                    .orElseThrow(() -> new ValidationException(Message.of("assignment.refused.isNotInTheArticle",
                            abbreviate(quote))));
            int start = found.text().indexOf(quote);
            passages.add(new Passage(article.versionNo(), found.anchor(), start, found.anchor(), start + quote.length(),
                    quote));
        }
        if (passages.isEmpty()) {
            throw new ValidationException(Message.of("assignment.refused.copyAtLeastOneKey"));
        }
        return passages;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The questions of a set its owner is assigning, in order. */
    List<QuestionSpec> questionsToAssign(long setId) {
        owned(setId);
        return questions.findByQuestionSetIdOrderByPosition(setId).stream().map(Question::spec).toList();
    }

    String titleOf(long setId) {
        return owned(setId).getTitle();
    }

    /** Puts {@code moved} at {@code target} (1-based, clamped) and numbers the set 1..n again. */
    private void renumber(long setId, Question moved, int target) {
        List<Question> ordered = new java.util.ArrayList<>(questions.findByQuestionSetIdOrderByPosition(setId));
        if (moved != null) {
            ordered.removeIf(q -> q.getId().equals(moved.getId()));
            ordered.add(Math.max(0, Math.min(ordered.size(), target - 1)), moved);
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }

    private QuestionSet owned(long setId) {
        QuestionSet set = sets.findById(setId).orElseThrow(() -> new NotFoundException(NO_SUCH_SET));
        if (set.getOwnerId() != currentUser.id()) {
            throw new AccessDeniedException(NO_SUCH_SET);
        }
        return set;
    }

    private Question ownedQuestion(long questionId) {
        Question question = questions.findById(questionId).orElseThrow(() -> new NotFoundException(NO_SUCH_SET));
        owned(question.getQuestionSetId());
        return question;
    }

    private static String checkedDescription(String description) {
        if (description != null && description.length() > 2000) {
            throw new ValidationException(Message.of("assignment.refused.aDescriptionMayHaveAt"));
        }
        return description;
    }

    private static String checkedTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new ValidationException(Message.of("assignment.refused.giveTheQuestionSetA"));
        }
        return clean;
    }
}

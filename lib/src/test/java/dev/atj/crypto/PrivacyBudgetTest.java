package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivacyBudgetTest {
    @Test
    void refusesAQueryPastEpsilonAndSaysWhatIsLeft() {
        PrivacyBudget budget = new PrivacyBudget(1.0);
        budget.spend("count", 0.3);
        budget.spend("mean age", 0.5);
        PrivacyBudgetExceededException refused = assertThrows(PrivacyBudgetExceededException.class,
                () -> budget.spend("mean fare", 0.5));
        assertTrue(refused.getMessage().contains("mean fare"), refused.getMessage());
        assertTrue(refused.getMessage().contains("0.8 spent"), refused.getMessage());
        assertEquals(0.2, refused.remainingEpsilon(), 1e-12);
        assertEquals(0.5, refused.requestedEpsilon(), 0);
        assertEquals(0.8, budget.spentEpsilon(), 1e-12);
        assertEquals(2, budget.ledger().rowCount());
    }

    @Test
    void spendingExactlyTheBudgetIsAllowed() {
        PrivacyBudget budget = new PrivacyBudget(1.0);
        budget.spend("a", 0.1);
        budget.spend("b", 0.2);
        budget.spend("c", 0.7);
        assertEquals(0, budget.remainingEpsilon(), 1e-12);
        assertThrows(PrivacyBudgetExceededException.class, () -> budget.spend("d", 1e-6));
        assertEquals(1.0, budget.ledger().doubleColumn("epsilon_spent").get(2), 1e-12);
    }

    @Test
    void deltaIsTrackedForGaussianQueries() {
        PrivacyBudget pure = new PrivacyBudget(1.0);
        PrivacyBudgetExceededException refused = assertThrows(PrivacyBudgetExceededException.class,
                () -> pure.spend("gaussian", 0.5, 1e-6));
        assertTrue(refused.getMessage().contains("δ"));
        assertEquals(0, pure.spentEpsilon(), 0);
        PrivacyBudget approximate = new PrivacyBudget(1.0, 1e-5);
        approximate.spend("gaussian 1", 0.2, 6e-6);
        assertThrows(PrivacyBudgetExceededException.class, () -> approximate.spend("gaussian 2", 0.2, 6e-6));
        assertEquals(4e-6, approximate.remainingDelta(), 1e-18);
    }

    @Test
    void meaninglessBudgetsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrivacyBudget(0));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyBudget(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyBudget(1).spend("negative", -0.1));
    }
}

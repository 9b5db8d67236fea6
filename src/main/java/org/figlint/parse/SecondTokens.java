package org.figlint.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LL1Analyzer;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Which tokens can come second in a figure, for each token that can start one: read once from
 * the grammar. Most tokens that start a figure are common words ("le", "de", "l'", a comma),
 * and the token after them rules out a figure far more cheaply than a parse attempt does.
 */
final class SecondTokens {
  private final Map<Integer, IntervalSet> byFirst = new HashMap<>();
  private final Set<Integer> complete = new HashSet<>();

  private SecondTokens() {}

  /** The second tokens of {@code rule}, following its ATN through the rules it calls. */
  static SecondTokens of(ATN atn, int rule) {
    SecondTokens out = new SecondTokens();
    out.walk(atn, new LL1Analyzer(atn), atn.ruleToStartState[rule], ParserRuleContext.EMPTY,
        new ArrayDeque<>(), new HashSet<>());
    return out;
  }

  /** Whether a figure can start with a token of type {@code first} followed by {@code second}. */
  boolean allows(int first, int second) {
    if (complete.contains(first)) {
      return true;
    }
    IntervalSet seconds = byFirst.get(first);
    return seconds != null && seconds.contains(second);
  }

  private void walk(ATN atn, LL1Analyzer analyzer, ATNState state, RuleContext ctx,
      Deque<Integer> calls, Set<String> seen) {
    if (!seen.add(state.stateNumber + "@" + calls)) {
      return;
    }
    if (state instanceof RuleStopState) {
      if (ctx.parent == null) {
        return; // the figure would be empty
      }
      ATNState caller = atn.states.get(ctx.invokingState);
      ATNState follow = ((RuleTransition) caller.transition(0)).followState;
      int top = calls.pop();
      walk(atn, analyzer, follow, ctx.parent, calls, seen);
      calls.push(top);
      return;
    }
    for (Transition t : state.getTransitions()) {
      if (t instanceof RuleTransition call) {
        if (calls.contains(state.stateNumber)) {
          continue;
        }
        calls.push(state.stateNumber);
        walk(atn, analyzer, call.target, new RuleContext(ctx, state.stateNumber), calls, seen);
        calls.pop();
      } else if (t.isEpsilon()) {
        walk(atn, analyzer, t.target, ctx, calls, seen);
      } else {
        IntervalSet firsts = t.label() != null ? t.label()
            : IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType);
        if (t.getSerializationType() == Transition.NOT_SET) {
          firsts = firsts.complement(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType);
        }
        IntervalSet seconds = analyzer.LOOK(t.target, null, ctx);
        for (int first : firsts.toList()) {
          if (seconds.contains(Token.EOF) || seconds.contains(Token.EPSILON)) {
            complete.add(first); // the first token alone can be a whole figure
          }
          byFirst.computeIfAbsent(first, k -> new IntervalSet()).addAll(seconds);
        }
      }
    }
  }
}

package org.edalat.platform.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Property path (as Hibernate Validator builds it for method validation) -> the client's field name. */
class FieldNameTest {

    @Test
    void methodAndParameterPrefixIsStripped() {
        assertEquals(
                "username",
                ConstraintViolationExceptionMapper.fieldName(
                        List.of(method("create"), parameter("body"), property("username"))));
    }

    @Test
    void aConstraintOnTheParameterItselfIsNamedByTheParameter() {
        assertEquals("max", ConstraintViolationExceptionMapper.fieldName(List.of(method("list"), parameter("max"))));
        assertEquals(
                "body", ConstraintViolationExceptionMapper.fieldName(List.of(method("create"), parameter("body"))));
    }

    @Test
    void containerElementsGetTheirIndex() {
        assertEquals(
                "roles[1]",
                ConstraintViolationExceptionMapper.fieldName(List.of(
                        method("create"),
                        parameter("body"),
                        property("roles"),
                        node("<list element>", ElementKind.CONTAINER_ELEMENT, true, 1, null))));
    }

    @Test
    void nestedBeansInListsGetIndexAndName() {
        assertEquals(
                "items[2].name",
                ConstraintViolationExceptionMapper.fieldName(List.of(
                        method("create"),
                        parameter("body"),
                        property("items"),
                        node("name", ElementKind.PROPERTY, true, 2, null))));
        assertEquals(
                "labels[fa].text",
                ConstraintViolationExceptionMapper.fieldName(
                        List.of(property("labels"), node("text", ElementKind.PROPERTY, true, null, "fa"))));
    }

    @Test
    void aListParameterOfBeansKeepsTheParameterName() {
        assertEquals(
                "bodies[0].username",
                ConstraintViolationExceptionMapper.fieldName(List.of(
                        method("createAll"),
                        parameter("bodies"),
                        node("username", ElementKind.PROPERTY, true, 0, null))));
    }

    @Test
    void beanLevelAndCrossParameterConstraintsHaveNoField() {
        assertNull(ConstraintViolationExceptionMapper.fieldName(
                List.of(method("list"), node(null, ElementKind.CROSS_PARAMETER, false, null, null))));
        assertEquals(
                "body",
                ConstraintViolationExceptionMapper.fieldName(
                        List.of(method("create"), parameter("body"), node(null, ElementKind.BEAN, false, null, null))));
        assertNull(ConstraintViolationExceptionMapper.fieldName(null));
    }

    @Test
    void aBeanPathWithoutMethodIsKeptAsItIs() {
        assertEquals(
                "address.city",
                ConstraintViolationExceptionMapper.fieldName(List.of(property("address"), property("city"))));
    }

    private static Path.Node method(String name) {
        return node(name, ElementKind.METHOD, false, null, null);
    }

    private static Path.Node parameter(String name) {
        return node(name, ElementKind.PARAMETER, false, null, null);
    }

    private static Path.Node property(String name) {
        return node(name, ElementKind.PROPERTY, false, null, null);
    }

    private static Path.Node node(String name, ElementKind kind, boolean inIterable, Integer index, Object key) {
        return new FakeNode(name, kind, inIterable, index, key);
    }

    private record FakeNode(String name, ElementKind kind, boolean inIterable, Integer index, Object key)
            implements Path.Node {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return inIterable;
        }

        @Override
        public Integer getIndex() {
            return index;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }
}
